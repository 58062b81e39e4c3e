// songloom-bench-tokenizer --tokenizer tokenizer.json --corpus corpus.json [Google Benchmark flags]
// Tokenizer throughput on the parity corpus (tests/engine/tokenizer/make_corpus.py), one thread, one
// string per call; compare with bench_tokenizer_hf.py on the same files and machine (docs/performance.md).
#include "songloom/tokenizer.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

namespace {

struct Data {
    songloom::Tokenizer* tokenizer = nullptr;
    std::vector<std::string> texts;
    std::vector<std::vector<std::int32_t>> ids;
    std::size_t tokens = 0;
    std::size_t bytes = 0;
};
Data data;

std::vector<std::string> loadCorpus(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot open");
    const auto corpus = nlohmann::json::parse(in);
    std::vector<std::string> texts;
    for (const auto& c : corpus["cases"]) {
        if (c.contains("text")) {
            texts.push_back(c["text"].get<std::string>());
        } else {
            std::string raw;
            const std::string hex = c["hex"];
            for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
                raw.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
            texts.push_back(raw);
        }
    }
    return texts;
}

void setRates(benchmark::State& state, std::size_t tokensPerIteration, std::size_t bytesPerIteration) {
    state.counters["tokens/s"] =
        benchmark::Counter(static_cast<double>(tokensPerIteration), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["MB/s"] =
        benchmark::Counter(static_cast<double>(bytesPerIteration) / 1e6, benchmark::Counter::kIsIterationInvariantRate);
}

// The whole corpus, one encode() per string, BPE cache warm (as in a running app, and as HF's is).
void BM_EncodeCorpus(benchmark::State& state) {
    for (auto _ : state)
        for (const std::string& text : data.texts) benchmark::DoNotOptimize(data.tokenizer->encode(text, false));
    setRates(state, data.tokens, data.bytes);
}

// One long lyric-like text (the corpus joined, ~1 MB) in a single call.
void BM_EncodeJoined(benchmark::State& state) {
    std::string joined;
    for (const std::string& text : data.texts) joined += text + "\n";
    const std::size_t tokens = data.tokenizer->encode(joined, false).size();
    for (auto _ : state) benchmark::DoNotOptimize(data.tokenizer->encode(joined, false));
    setRates(state, tokens, joined.size());
}

void BM_DecodeCorpus(benchmark::State& state) {
    for (auto _ : state)
        for (const auto& ids : data.ids) benchmark::DoNotOptimize(data.tokenizer->decode(ids));
    setRates(state, data.tokens, data.bytes);
}

BENCHMARK(BM_EncodeCorpus)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_EncodeJoined)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_DecodeCorpus)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    std::string tokenizerPath, corpusPath;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--tokenizer") == 0)
            tokenizerPath = argv[i + 1];
        else if (std::strcmp(argv[i], "--corpus") == 0)
            corpusPath = argv[i + 1];
    }
    if (tokenizerPath.empty() || corpusPath.empty()) {
        std::fprintf(stderr, "usage: %s --tokenizer tokenizer.json --corpus corpus.json [benchmark flags]\n", argv[0]);
        return 2;
    }
    auto tokenizer = songloom::Tokenizer::fromTokenizerJson(tokenizerPath);
    if (!tokenizer) {
        std::fprintf(stderr, "error: %s\n", tokenizer.status().message().c_str());
        return 2;
    }
    data.tokenizer = &tokenizer.value();
    data.texts = loadCorpus(corpusPath);
    // The first pass runs with an empty BPE cache: timed on its own as the cold figure.
    const std::clock_t cpuStart = std::clock();
    const auto wallStart = std::chrono::steady_clock::now();
    for (const std::string& text : data.texts) {
        data.ids.push_back(data.tokenizer->encode(text, false));
        data.tokens += data.ids.back().size();
        data.bytes += text.size();
    }
    const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
    std::printf("corpus: %zu strings, %zu bytes, %zu tokens\n", data.texts.size(), data.bytes, data.tokens);
    std::printf("cold pass (empty BPE cache): %.3f M tokens/s CPU time, %.3f M tokens/s wall\n",
                double(data.tokens) / cpu / 1e6, double(data.tokens) / wall / 1e6);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
