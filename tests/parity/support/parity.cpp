#include "parity.h"

#include "io/torch_tensors.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <fstream>
#include <stdexcept>

namespace songloom::parity {

Measured measure(const std::string& what, const torch::Tensor& actual, const torch::Tensor& expected,
                 const Tolerance& tol) {
    Measured m;
    if (actual.sizes() != expected.sizes()) {
        m.line = fmt::format("parity {}: shape {} vs reference {}", what, fmt::streamed(actual.sizes()),
                             fmt::streamed(expected.sizes()));
        return m;
    }
    const auto a = actual.detach().to(torch::kCPU, torch::kFloat64).flatten();
    const auto e = expected.detach().to(torch::kCPU, torch::kFloat64).flatten();
    m.count = e.numel();
    const double na = a.norm().item<double>(), ne = e.norm().item<double>();
    m.cosine = (na == 0 && ne == 0) ? 1.0 : (a * e).sum().item<double>() / std::max(na * ne, 1e-300);
    m.maxAbs = m.count ? (a - e).abs().max().item<double>() : 0.0;
    m.rms = m.count ? std::sqrt((e * e).mean().item<double>()) : 0.0;
    const bool finite = torch::isfinite(a).all().item<bool>();
    const bool cosOk = m.cosine >= tol.minCosine;
    const bool absOk = tol.maxAbsOverRms <= 0 || m.maxAbs <= tol.maxAbsOverRms * m.rms;
    m.pass = finite && cosOk && absOk;
    std::string absPart = tol.maxAbsOverRms > 0
                              ? fmt::format("max|err| {:.3e} (limit {:.0e} x rms {:.4g} = {:.3e})", m.maxAbs,
                                            tol.maxAbsOverRms, m.rms, tol.maxAbsOverRms * m.rms)
                              : fmt::format("max|err| {:.3e} (rms {:.4g}, not limited)", m.maxAbs, m.rms);
    m.line = fmt::format("parity {} [{}]: cosine {:.9f} (limit {}), {}, n={}{} -> {}", what, tol.label, m.cosine,
                         tol.minCosine, absPart, m.count, finite ? "" : ", NON-FINITE VALUES",
                         m.pass ? "ok" : "FAIL");
    return m;
}

void expectClose(const std::string& what, const torch::Tensor& actual, const torch::Tensor& expected,
                 const Tolerance& tol) {
    const Measured m = measure(what, actual, expected, tol);
    std::printf("%s\n", m.line.c_str());
    std::fflush(stdout);
    EXPECT_TRUE(m.pass) << m.line;
}

void expectEqual(const std::string& what, const torch::Tensor& actual, const torch::Tensor& expected) {
    if (actual.sizes() != expected.sizes()) {
        ADD_FAILURE() << "parity " << what << ": shape " << actual.sizes() << " vs reference " << expected.sizes();
        return;
    }
    const auto a = actual.detach().cpu(), e = expected.detach().cpu().to(a.scalar_type());
    const auto equal = a.eq(e).sum().item<std::int64_t>();
    const std::string line = fmt::format("parity {} [exact]: {} of {} equal -> {}", what, equal, e.numel(),
                                         equal == e.numel() ? "ok" : "FAIL");
    std::printf("%s\n", line.c_str());
    std::fflush(stdout);
    EXPECT_EQ(equal, e.numel()) << line;
}

ComponentTensors openTensors(const std::filesystem::path& file) {
    return must(ComponentTensors::openFile(file), file.string());
}

std::filesystem::path dataDir(const std::string& name) {
    const auto dir = std::filesystem::path(SONGLOOM_BINARY_DIR) / "parity-data" / name;
    EXPECT_TRUE(std::filesystem::is_directory(dir)) << dir << " is missing: run its generator (ctest -L parity)";
    return dir;
}

std::string dataSkippedReason(const std::filesystem::path& dir) {
    std::ifstream in(dir / "skipped.txt");
    if (!in) return {};
    std::string reason;
    std::getline(in, reason);
    return reason.empty() ? std::string("SONGLOOM-DISK-SHORT: the data step skipped") : reason;
}

Reference Reference::load(const std::filesystem::path& file) {
    auto tensors = ComponentTensors::openFile(file);
    if (!tensors) throw std::runtime_error(tensors.status().message());
    Reference r;
    r.tensors_ = std::move(*tensors);
    return r;
}

bool Reference::has(const std::string& name) const { return tensors_.find(name) != nullptr; }

torch::Tensor Reference::operator[](const std::string& name) const {
    const auto* entry = tensors_.find(name);
    if (!entry) throw std::runtime_error(fmt::format("reference tensor {} missing from {}", name, tensors_.origin()));
    auto t = io::tensorFromEntry(Checkpoint::Entry{entry->file, entry->info}, torch::kCPU,
                                 io::scalarTypeOf(entry->info->dtype));
    if (!t) throw std::runtime_error(t.status().message());
    return t->clone();
}

}  // namespace songloom::parity
