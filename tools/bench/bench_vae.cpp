// songloom-bench-vae VAE_DIR [--frames N] [--batch B] [--threads N] [--repeat R] [--dtype fp32|bf16]
//                    [--device cpu|cuda] [--encode]
// Audio VAE throughput: decode of N latent frames (default 250 = 10 s of audio) with the engine's
// OobleckVae loaded from a diffusers vae/ folder (config.json + diffusion_pytorch_model.safetensors, e.g.
// the random-weight real-config folder the VAE parity generator writes: build/parity-data/vae/real/vae).
// Prints audio seconds per wall second (best and median of the timed runs after one warm-up run);
// compare with bench_vae_diffusers.py on the same folder, machine and thread count (docs/performance.md).
#include "songloom/component_tensors.h"
#include "vae/oobleck.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace songloom;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s VAE_DIR [--frames N] [--batch B] [--threads N] [--repeat R] "
                             "[--dtype fp32|bf16] [--device cpu|cuda] [--encode]\n", argv[0]);
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    std::int64_t frames = 250, batch = 1, repeat = 3;
    int threads = 0;
    bool bf16 = false, cuda = false, encode = false;
    for (int i = 2; i < argc; ++i) {
        auto next = [&]() { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        const std::string a = argv[i];
        if (a == "--frames") frames = std::stoll(next());
        else if (a == "--batch") batch = std::stoll(next());
        else if (a == "--threads") threads = std::stoi(next());
        else if (a == "--repeat") repeat = std::stoll(next());
        else if (a == "--dtype") bf16 = next() == "bf16";
        else if (a == "--device") cuda = next() == "cuda";
        else if (a == "--encode") encode = true;
        else {
            std::fprintf(stderr, "unknown argument %s\n", a.c_str());
            return 2;
        }
    }
    if (threads > 0) at::set_num_threads(threads);
    auto config = vae::VaeConfig::fromFile(dir / "config.json");
    if (!config) {
        std::fprintf(stderr, "%s\n", config.status().message().c_str());
        return 1;
    }
    auto tensors = ComponentTensors::openFile(dir / "diffusion_pytorch_model.safetensors");
    if (!tensors) {
        std::fprintf(stderr, "%s\n", tensors.status().message().c_str());
        return 1;
    }
    const torch::Device device = cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    const auto dtype = bf16 ? torch::kBFloat16 : torch::kFloat32;
    auto model = vae::OobleckVae::load(*tensors, *config, device, dtype);
    if (!model) {
        std::fprintf(stderr, "%s\n", model.status().message().c_str());
        return 1;
    }
    torch::manual_seed(0);
    const std::int64_t hop = config->hopLength();
    auto z = torch::randn({batch, config->decoderInputChannels, frames}).to(device, dtype);
    auto x = (torch::randn({batch, config->audioChannels, frames * hop}) * 0.3).to(device, dtype);
    auto run = [&]() {
        if (encode) {
            auto p = model->encode(x);
            if (!p) throw std::runtime_error(p.status().message());
            (void)p->mean.sum().item<float>();
        } else {
            auto a = model->decode(z);
            if (!a) throw std::runtime_error(a.status().message());
            (void)a->sum().item<float>();  // synchronises a CUDA run
        }
    };
    run();  // warm-up
    std::vector<double> secs;
    for (std::int64_t r = 0; r < repeat; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        run();
        secs.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(secs.begin(), secs.end());
    const double audioSeconds = static_cast<double>(batch * frames * hop) / static_cast<double>(config->samplingRate);
    std::printf("songloom %s: %s %s, %d threads, batch %lld, %lld frames (%.2f s of audio): best %.3f s, median "
                "%.3f s -> %.3f audio-s/s (best), %.3f (median)\n",
                encode ? "encode" : "decode", cuda ? "cuda" : "cpu", bf16 ? "bf16" : "fp32", at::get_num_threads(),
                static_cast<long long>(batch), static_cast<long long>(frames), audioSeconds, secs.front(),
                secs[secs.size() / 2], audioSeconds / secs.front(), audioSeconds / secs[secs.size() / 2]);
    return 0;
}
