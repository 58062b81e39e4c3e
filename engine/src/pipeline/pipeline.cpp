// The generation pipeline (see pipeline.h). The numbered comments follow engine-spec-diffusers §2.2.
#include "pipeline/pipeline.h"

#include <fmt/format.h>
#include <torch/torch.h>

#include <cmath>
#include <exception>
#include <filesystem>

namespace songloom::pipeline {

namespace {

using torch::indexing::None;
using torch::indexing::Slice;

Status invalid(std::string message) { return Status::error(ErrorCode::InvalidArgument, std::move(message)); }
Status unsupported(std::string message) { return Status::error(ErrorCode::Unsupported, std::move(message)); }
Status cancelled() { return Status::error(ErrorCode::Cancelled, "generation cancelled"); }

std::string dims(const torch::Tensor& t) {
    std::string s = "[";
    for (std::int64_t i = 0; i < t.dim(); ++i) s += (i ? ", " : "") + std::to_string(t.size(i));
    return s + "]";
}

torch::Tensor batchTensor(const TokenBatch& b, torch::ScalarType type, const torch::Device& device, bool mask) {
    const auto B = static_cast<std::int64_t>(b.batch), L = static_cast<std::int64_t>(b.length);
    torch::Tensor out;
    if (mask) {
        out = torch::from_blob(const_cast<std::uint8_t*>(b.mask.data()), {B, L}, torch::kUInt8).to(type);
    } else {
        out = torch::from_blob(const_cast<std::int32_t*>(b.ids.data()), {B, L}, torch::kInt32).to(type);
    }
    return out.to(device);
}

// The diffusers post-processing (§2.10): fp32, items louder than full scale brought down to it, then every
// item to a peak of −1 dBFS.
torch::Tensor normalizeAudio(torch::Tensor audio) {
    audio = audio.to(torch::kFloat32);
    auto peak = audio.abs().amax({1, 2}, true);
    if ((peak > 1.0).any().item<bool>()) audio = audio / peak.clamp_min(1.0);
    const double target = std::pow(10.0, -1.0 / 20.0);
    peak = audio.abs().amax({1, 2}, true).clamp_min(1e-6);
    return audio * (target / peak);
}

std::filesystem::path folderOf(const CatalogComponent& c) {
    return c.files.empty() ? std::filesystem::path{} : c.files.front().parent_path();
}

}  // namespace

const char* stageName(Stage stage) {
    switch (stage) {
        case Stage::Prompts: return "prompts";
        case Stage::TextEncoder: return "text encoder";
        case Stage::SourceLatents: return "source latents";
        case Stage::Conditions: return "conditions";
        case Stage::Noise: return "noise";
        case Stage::Denoise: return "denoise";
        case Stage::Decode: return "decode";
        case Stage::Done: return "done";
    }
    return "?";
}

Result<Pipeline> Pipeline::load(const PipelineParts& parts, torch::Device device, torch::ScalarType dtype,
                                Residency residency) {
    if (!parts.dit || !parts.textEncoder || !parts.vae || !parts.tokenizer) {
        return invalid("pipeline parts: the DiT, text encoder, VAE tensors and the tokenizer are all required");
    }
    const auto& dc = parts.ditConfig;
    const auto& cc = parts.conditionConfig;
    const auto& vc = parts.vaeConfig;
    if (!parts.silence.defined() || parts.silence.dim() != 3 || parts.silence.size(0) != 1 ||
        parts.silence.size(2) != dc.latent || parts.silence.size(1) < 1) {
        return invalid(fmt::format("silence latent is {}: expected [1, T, {}] (the DiT's latent width)",
                                   parts.silence.defined() ? dims(parts.silence) : std::string("missing"), dc.latent));
    }
    if (vc.latentChannels() != dc.latent || cc.timbreHidden != dc.latent) {
        return invalid(fmt::format("the VAE's latent width {} and the timbre width {} must equal the DiT's {}",
                                   vc.latentChannels(), cc.timbreHidden, dc.latent));
    }
    if (parts.textConfig.hidden != cc.textHidden) {
        return invalid(fmt::format("the text encoder is {} wide but the condition encoder expects {}",
                                   parts.textConfig.hidden, cc.textHidden));
    }
    ModuleSources sources{*parts.dit, dc, cc, *parts.textEncoder, parts.textConfig, *parts.vae, vc, {}};
    sources.conditionOptions.timbreCls = parts.timbreCls;
    Pipeline p;
    try {
        auto store = ModuleStore::create(std::move(sources), device, dtype, residency);
        if (!store) return store.status();
        p.store_ = *store;
        p.silence_ = parts.silence.to(device, dtype).contiguous();
    } catch (const c10::OutOfMemoryError& e) {
        return Status::error(ErrorCode::OutOfMemory,
                             fmt::format("the device ran out of memory loading the models: {}", e.what_without_backtrace()));
    } catch (const c10::Error& e) {
        return Status::error(ErrorCode::Internal, fmt::format("loading the models failed: {}", e.what_without_backtrace()));
    }
    p.tokenizer_ = std::make_shared<const Tokenizer>(*parts.tokenizer);
    p.promptConfig_ = parts.promptConfig;
    return p;
}

Result<Pipeline> Pipeline::load(const Catalog& catalog, const ModelSet& set, torch::Device device,
                                torch::ScalarType dtype, Residency residency) {
    auto component = [&](std::optional<std::size_t> index, const char* what) -> Result<const CatalogComponent*> {
        if (!index || *index >= catalog.components.size()) {
            return Status::error(ErrorCode::NotFound, fmt::format("the model set has no {}", what));
        }
        const auto& c = catalog.components[*index];
        if (!c.usable()) {
            return Status::error(ErrorCode::Corrupt, fmt::format("the {} {} cannot be loaded: {}", what, c.title,
                                                                 c.problems.front()));
        }
        return &c;
    };
    auto ditC = component(set.dit, "DiT");
    if (!ditC) return ditC.status();
    auto vaeC = component(set.vae, "VAE");
    if (!vaeC) return vaeC.status();
    auto teC = component(set.textEncoder, "text encoder");
    if (!teC) return teC.status();
    auto tokC = component(set.tokenizer, "tokenizer");
    if (!tokC) return tokC.status();
    auto silC = component(set.silenceLatent, "silence latent");
    if (!silC) return silC.status();

    auto ditT = ComponentTensors::open(**ditC);
    if (!ditT) return ditT.status();
    auto ditConfig = dit::DitConfig::forComponent(**ditC, *ditT);
    if (!ditConfig) return ditConfig.status();
    // The condition config: the DiT folder's config.json (official), or a diffusers snapshot's component
    // configs one level up; files without any config give it from the tensor shapes.
    auto condConfig = dit::conditionConfigFromFolder(folderOf(**ditC));
    if (!condConfig && (**ditC).layout == Layout::DiffusersFolder) {
        condConfig = dit::conditionConfigFromFolder(folderOf(**ditC).parent_path());
    }
    if (!condConfig) condConfig = dit::conditionConfigFromTensors(*ditT);
    if (!condConfig) return condConfig.status();

    auto teT = ComponentTensors::open(**teC);
    if (!teT) return teT.status();
    auto teConfig = text::configFor(**teC, *teT);
    if (!teConfig) return teConfig.status();

    auto vaeT = ComponentTensors::open(**vaeC);
    if (!vaeT) return vaeT.status();
    const auto vaeJson = folderOf(**vaeC) / "config.json";
    const bool vaeFolder = (**vaeC).layout == Layout::OfficialFolder || (**vaeC).layout == Layout::DiffusersFolder;
    auto vaeConfig = vaeFolder && std::filesystem::is_regular_file(vaeJson)
                         ? vae::VaeConfig::fromFile(vaeJson)
                         : vae::VaeConfig::fromTensors(*vaeT);
    if (!vaeConfig) return vaeConfig.status();

    const auto& tokFiles = (**tokC).files;
    std::filesystem::path tokJson, vocab, merges;
    for (const auto& f : tokFiles) {
        if (f.filename() == "tokenizer.json") tokJson = f;
        if (f.filename() == "vocab.json") vocab = f;
        if (f.filename() == "merges.txt") merges = f;
    }
    auto tokenizer = !tokJson.empty() ? Tokenizer::fromTokenizerJson(tokJson) : Tokenizer::fromVocabMerges(vocab, merges);
    if (!tokenizer) return tokenizer.status();
    auto promptConfig = readPromptTokenizerConfig(folderOf(**tokC), *tokenizer);
    if (!promptConfig) return promptConfig.status();

    auto silence = dit::loadSilenceLatent(**silC, torch::kCPU, torch::kFloat32, ditConfig->latent);
    if (!silence) return silence.status();

    PipelineParts parts;
    parts.dit = &*ditT;
    parts.ditConfig = *ditConfig;
    parts.conditionConfig = *condConfig;
    parts.textEncoder = &*teT;
    parts.textConfig = *teConfig;
    parts.vae = &*vaeT;
    parts.vaeConfig = *vaeConfig;
    parts.tokenizer = &*tokenizer;
    parts.promptConfig = *promptConfig;
    parts.silence = *silence;
    parts.timbreCls = (**ditC).family == "XL" && ditT->find("encoder.timbre_encoder.special_token") != nullptr;
    return load(parts, device, dtype, residency);
}

double Pipeline::latentsPerSecond() const {
    return static_cast<double>(sampleRate()) / static_cast<double>(hopLength());
}

Result<Pipeline::TextSide> Pipeline::encodeText(const text::Qwen3TextEncoder& encoder,
                                                const PromptRequest& prompts) const {
    auto texts = buildPrompts(prompts);
    if (!texts) return texts.status();
    // One batched tokenisation each for captions and lyrics (padding="longest"), as encode_prompt.
    auto tokens = tokenizePrompts(*tokenizer_, promptConfig_, *texts);
    if (!tokens) return tokens.status();
    TextSide out;
    const auto device = this->device();
    const auto textIds = batchTensor(tokens->caption, torch::kLong, device, false);
    const auto lyricIds = batchTensor(tokens->lyric, torch::kLong, device, false);
    out.textMask = batchTensor(tokens->caption, torch::kBool, device, true);
    out.lyricMask = batchTensor(tokens->lyric, torch::kBool, device, true);
    try {
        // Captions through the whole encoder without an attention mask (pads seen causally), lyrics through
        // the embedding lookup alone.
        out.text = encoder.forward(textIds).to(dtype());
        out.lyric = encoder.embed(lyricIds).to(dtype());
    } catch (const std::exception& e) {
        return Status::error(ErrorCode::Internal, fmt::format("text encoder: {}", e.what()));
    }
    return out;
}

torch::Tensor spliceKeepingSource(const torch::Tensor& generated, const torch::Tensor& source, std::int64_t start,
                                  std::int64_t end, std::int64_t fade) {
    const auto S = generated.size(2);
    start = std::clamp<std::int64_t>(start, 0, S);
    end = std::clamp<std::int64_t>(end, start, S);
    auto out = source.to(torch::kFloat32).expand_as(generated).clone();
    if (end <= start) return out;
    out.index_put_({Slice(), Slice(), Slice(start, end)}, generated.index({Slice(), Slice(), Slice(start, end)}).to(torch::kFloat32));
    const std::int64_t n = std::min(fade, (end - start) / 2);
    if (n <= 0) return out;
    // Weights of the new audio k/(n+1), k = 1..n (linspace(0, 1, n+2)[1:-1]); double math, then fp32.
    auto ramp = torch::arange(1, n + 1, torch::TensorOptions().dtype(torch::kFloat64)) / static_cast<double>(n + 1);
    ramp = ramp.to(torch::kFloat32).to(generated.device());
    auto blend = [&](std::int64_t a, const torch::Tensor& w) {
        const auto g = generated.index({Slice(), Slice(), Slice(a, a + n)}).to(torch::kFloat32);
        const auto src = source.to(torch::kFloat32).expand_as(generated).index({Slice(), Slice(), Slice(a, a + n)});
        out.index_put_({Slice(), Slice(), Slice(a, a + n)}, w * g + (1.0f - w) * src);
    };
    if (start > 0) blend(start, ramp);              // source -> new audio
    if (end < S) blend(end - n, ramp.flip({0}));    // new audio -> source
    return out;
}

Result<PipelineOutput> Pipeline::run(const PipelineRequest& request, const PipelineHooks& hooks) const {
    torch::NoGradGuard noGrad;
    auto enter = [&](Stage s) -> Status {
        if (hooks.cancel && hooks.cancel->load()) return cancelled();
        if (hooks.stage) hooks.stage(s);
        return Status::ok();
    };
    const auto B = static_cast<std::int64_t>(request.prompts.captions.size());
    if (B < 1) return invalid("caption: at least one caption is needed (the batch size is the number of captions)");
    const auto& ditConfig = store_->ditConfig();
    const auto& cc = store_->conditionConfig();
    const auto& vaeConfig = store_->vaeConfig();
    const std::int64_t A = ditConfig.latent;
    const std::int64_t hop = vaeConfig.hopLength();
    const double lps = latentsPerSecond();
    const auto device = this->device();
    const auto dtype = this->dtype();
    Stage current = Stage::Prompts;

    try {
        if (Status s = enter(Stage::Prompts); !s) return s;
        PromptRequest prompts = request.prompts;
        TaskType task = prompts.task;
        double duration = request.durationSeconds;
        if (!std::isfinite(duration)) return invalid("duration is not a finite number of seconds");

        // 2. Audio codes: parsed with the tokenizer's largest code; a text2music request becomes a cover.
        bool hasCodes = false;
        for (const auto& c : request.audioCodes) {
            if (c.find_first_not_of(" \t\r\n\f\v") != std::string::npos) hasCodes = true;
        }
        std::vector<std::vector<std::int64_t>> codeLists;
        if (hasCodes) {
            if (!store_->hasAudioCodes()) {
                return unsupported("audio codes need the DiT's audio tokenizer and detokenizer, which this checkpoint lacks");
            }
            if (task == TaskType::Text2Music) task = TaskType::Cover;
            const auto maxCode = cc.codebookSize() - 1;
            std::size_t longest = 0;
            for (std::int64_t b = 0; b < B; ++b) {
                const auto i = std::min<std::size_t>(static_cast<std::size_t>(b), request.audioCodes.size() - 1);
                codeLists.push_back(dit::parseAudioCodes(request.audioCodes[i], maxCode));
                longest = std::max(longest, codeLists.back().size());
            }
            const std::int64_t codesFrames = static_cast<std::int64_t>(longest) * cc.poolWindow;
            if (codesFrames <= 0) return invalid("audio_codes: no <|audio_code_N|> token in the given text");
            if (duration <= 0) duration = static_cast<double>(codesFrames) / lps;
        }

        // 5. Source audio: its length is the duration when none is given; then the 60 s default.
        torch::Tensor src = request.sourceAudio;
        std::int64_t padBefore = 0, padAfter = 0;
        std::optional<double> regionStart = request.repaintStart, regionEnd = request.repaintEnd;
        if (src.defined()) {
            if (src.dim() == 2) src = src.unsqueeze(0);
            if (src.dim() != 3 || src.size(1) != vaeConfig.audioChannels || (src.size(0) != 1 && src.size(0) != B)) {
                return invalid(fmt::format("source audio is {}: expected [{}, S] or [1 or {}, {}, S] at {} Hz",
                                           dims(request.sourceAudio), vaeConfig.audioChannels, B,
                                           vaeConfig.audioChannels, vaeConfig.samplingRate));
            }
            if (src.size(2) < hop) {
                return invalid(fmt::format("source audio has {} samples: at least {} are needed", src.size(2), hop));
            }
            // Outpaint (spec-dit §6.3): zeros before a negative start and after an end past the source, the
            // region shifted by the left pad. The right pad is rounded up to whole latent frames so the
            // new audio ends exactly where the model's last frame does.
            const bool windowedTask = task == TaskType::Repaint || task == TaskType::Lego;
            if (request.outpaint && windowedTask) {
                const double rate = static_cast<double>(vaeConfig.samplingRate);
                const double srcSeconds = static_cast<double>(src.size(2)) / rate;
                if (regionStart && *regionStart < 0) padBefore = static_cast<std::int64_t>(-*regionStart * rate);
                if (regionEnd && *regionEnd > srcSeconds) {
                    padAfter = static_cast<std::int64_t>((*regionEnd - srcSeconds) * rate);
                    const std::int64_t total = padBefore + src.size(2) + padAfter;
                    padAfter += (hop - total % hop) % hop;
                }
                if (padBefore > 0 || padAfter > 0) {
                    src = torch::constant_pad_nd(src, {padBefore, padAfter}, 0.0);
                    const double shift = static_cast<double>(padBefore) / rate;
                    if (regionStart) regionStart = *regionStart + shift;
                    if (regionEnd) regionEnd = *regionEnd + shift;
                }
            }
            if (duration <= 0) duration = static_cast<double>(src.size(2)) / static_cast<double>(vaeConfig.samplingRate);
        }
        if (duration <= 0) duration = 60.0;
        prompts.task = task;
        prompts.metas.durationSeconds = duration;

        sampling::SamplerSettings settings = request.sampler;
        settings.turbo = ditConfig.isTurbo;
        settings.coverMode = task == TaskType::Cover ? request.coverMode : sampling::CoverMode::Off;
        if (Status s = settings.validate(); !s) return s;
        const bool plainConditions = settings.coverBlendActive() || settings.coverSwitchActive();

        // 6. Text side (and, for a cover blend or switch, the text2music prompt's too: the text encoder's
        // whole share of the run happens here, so the one-resident policy loads it once).
        current = Stage::TextEncoder;
        if (Status s = enter(Stage::TextEncoder); !s) return s;
        TextSide textSide, plainText;
        {
            auto encoder = store_->textEncoder();
            if (!encoder) return encoder.status();
            auto main = encodeText(**encoder, prompts);
            if (!main) return main.status();
            textSide = std::move(*main);
            if (plainConditions) {
                PromptRequest plain = prompts;
                plain.task = TaskType::Text2Music;
                plain.instruction.reset();
                plain.trackName.clear();
                plain.completeTrackClasses.clear();
                auto p = encodeText(**encoder, plain);
                if (!p) return p.status();
                plainText = std::move(*p);
            }
        }
        if (hooks.inspect) {
            hooks.inspect("text", textSide.text);
            hooks.inspect("lyric", textSide.lyric);
        }

        // 7–8. VAE encodes: the source and the timbre reference (the VAE's share before the DiT).
        current = Stage::SourceLatents;
        if (Status s = enter(Stage::SourceLatents); !s) return s;
        std::int64_t T = static_cast<std::int64_t>(std::ceil(duration * lps));
        torch::Tensor srcLatents, timbre, order;
        std::optional<at::Generator> vaeGen = request.vaeGenerator;
        if ((src.defined() && !hasCodes) || request.referenceAudio.defined()) {
            auto vae = store_->vae();
            if (!vae) return vae.status();
            if (src.defined() && !hasCodes) {
                auto posterior = (*vae)->encode(src);
                if (!posterior) return posterior.status();
                srcLatents = posterior->sample(vaeGen).transpose(1, 2).to(dtype);
                if (srcLatents.size(0) == 1) srcLatents = srcLatents.expand({B, -1, -1});
                T = srcLatents.size(1);
            }
            if (request.referenceAudio.defined()) {
                auto ref = request.referenceAudio;
                if (ref.dim() != 2 || ref.size(0) != vaeConfig.audioChannels || ref.size(1) < 1) {
                    return invalid(fmt::format("reference audio is {}: expected [{}, S] at {} Hz", dims(ref),
                                               vaeConfig.audioChannels, vaeConfig.samplingRate));
                }
                const std::int64_t target = 30 * vaeConfig.samplingRate, segment = 10 * vaeConfig.samplingRate;
                if (ref.size(1) < target) ref = ref.repeat({1, (target + ref.size(1) - 1) / ref.size(1)});
                const std::int64_t total = ref.size(1), third = total / 3;
                const std::int64_t back = std::max<std::int64_t>(total - segment, 0);
                ref = torch::cat({ref.index({Slice(), Slice(0, segment)}),
                                  ref.index({Slice(), Slice(third, third + segment)}),
                                  ref.index({Slice(), Slice(back, back + segment)})},
                                 -1);
                auto posterior = (*vae)->encode(ref.unsqueeze(0));
                if (!posterior) return posterior.status();
                timbre = posterior->sample(vaeGen).transpose(1, 2).to(dtype).expand({B, -1, -1});
                order = torch::arange(B, torch::TensorOptions().dtype(torch::kLong).device(device));
            }
        }
        if (!request.referenceAudio.defined()) {
            const auto frames = static_cast<std::int64_t>(std::ceil(30.0 * lps));
            auto t = dit::silenceTimbreInput(silence_, frames, B);
            if (!t) return t.status();
            timbre = t->first;
            order = t->second;
        }

        // The DiT group from here on: codes, the FSQ round trip of a cover, conditions and the loop.
        current = Stage::Conditions;
        if (Status s = enter(Stage::Conditions); !s) return s;
        auto group = store_->dit();
        if (!group) return group.status();
        const auto& g = *group;
        if (hasCodes) {
            auto codes = dit::codesTensor(codeLists);
            if (!codes) return codes.status();
            auto quantized = g.audioTokenizer->quantizedFromCodes(codes->to(device));
            if (!quantized) return quantized.status();
            auto lat = g.audioDetokenizer->forward(quantized->to(dtype));
            if (!lat) return lat.status();
            srcLatents = lat->to(dtype);
            T = srcLatents.size(1);
        } else if (src.defined() && task == TaskType::Cover) {
            if (!g.audioTokenizer || !g.audioDetokenizer) {
                return unsupported("a cover of source audio needs the DiT's audio tokenizer and detokenizer, "
                                   "which this checkpoint lacks");
            }
            auto tokenized = g.audioTokenizer->tokenize(srcLatents, silence_);
            if (!tokenized) return tokenized.status();
            auto lat = g.audioDetokenizer->forward(tokenized->quantized.to(dtype));
            if (!lat) return lat.status();
            srcLatents = lat->index({Slice(), Slice(0, T), Slice()}).contiguous();
        } else if (!src.defined()) {
            if (T < 1) return invalid(fmt::format("duration {} s gives no latent frame", duration));
            srcLatents = dit::silenceFrames(silence_, T).expand({B, T, A}).contiguous();
        }

        // 9–10. Conditions; a cover blend or switch also needs the text2music conditions.
        auto cond = g.condition->forward(textSide.text, textSide.textMask, textSide.lyric, textSide.lyricMask,
                                         timbre, order);
        if (!cond) return cond.status();
        if (hooks.inspect) hooks.inspect("encoder", cond->hidden);
        torch::Tensor coverEncoder;
        if (plainConditions) {
            auto plainCond = g.condition->forward(plainText.text, plainText.textMask, plainText.lyric,
                                                  plainText.lyricMask, timbre, order);
            if (!plainCond) return plainCond.status();
            coverEncoder = plainCond->hidden;
        }

        // 11. Chunk mask (1 = generate): the repaint / lego window with a source, else all ones; repaint puts
        // the silence latent in the window.
        torch::Tensor chunk;
        const bool windowed = src.defined() && (task == TaskType::Repaint || task == TaskType::Lego);
        std::int64_t t0 = 0, t1 = T;
        if (windowed) {
            t0 = static_cast<std::int64_t>(regionStart.value_or(0.0) * lps);
            if (regionEnd && *regionEnd > 0) t1 = static_cast<std::int64_t>(*regionEnd * lps);
            t0 = std::max<std::int64_t>(0, std::min(t0, T - 1));
            t1 = std::max(t0 + 1, std::min(t1, T));
            auto mask = torch::zeros({T}, torch::TensorOptions().dtype(dtype).device(device));
            mask.index_put_({Slice(t0, t1)}, 1.0);
            chunk = mask.unsqueeze(0).unsqueeze(-1).expand({B, T, A}).contiguous();
        } else {
            chunk = torch::ones({B, T, A}, torch::TensorOptions().dtype(dtype).device(device));
        }
        if (windowed && task == TaskType::Repaint) {
            const auto tiled = dit::silenceFrames(silence_, T).expand({B, T, A});
            srcLatents = torch::where(chunk > 0.5, tiled, srcLatents);
        }
        const auto context = torch::cat({srcLatents.to(device, dtype), chunk}, -1).contiguous();
        torch::Tensor coverContext;
        if (settings.coverSwitchActive()) {
            // spec-dit §6.4: the switch's context is the silence latent with the same chunk mask.
            coverContext = torch::cat({dit::silenceFrames(silence_, T).expand({B, T, A}).to(device, dtype), chunk}, -1)
                               .contiguous();
        }

        // 12–13. Noise and the null condition.
        current = Stage::Noise;
        if (Status s = enter(Stage::Noise); !s) return s;
        auto noise = sampling::initialNoise(B, T, A, dtype, device, request.generators);
        if (!noise) return noise.status();
        if (hooks.inspect) {
            hooks.inspect("context", context);
            hooks.inspect("noise", *noise);
        }
        torch::Tensor null;
        if (settings.cfgEnabled()) {
            if (!g.condition->hasNullCondition()) {
                return unsupported("guidance (guidance_scale > 1) needs null_condition_emb, which this checkpoint "
                                   "lacks: use guidance 1");
            }
            auto n = g.condition->nullConditionLike(cond->hidden);
            if (!n) return n.status();
            null = *n;
        }

        // 14. The loop.
        current = Stage::Denoise;
        if (Status s = enter(Stage::Denoise); !s) return s;
        auto velocity = [&](const torch::Tensor& x, const torch::Tensor& t, const torch::Tensor& tr,
                            const torch::Tensor& enc, const torch::Tensor& ctx) {
            auto v = g.model->forward(x, t, tr, enc, ctx);
            if (!v) throw std::runtime_error(v.status().message());
            return *v;
        };
        sampling::DenoiseHooks dh;
        dh.progress = hooks.step;
        dh.afterStep = hooks.afterStep;
        dh.cancel = hooks.cancel;
        auto latents =
            sampling::denoise(velocity, {*noise, cond->hidden, null, context, coverEncoder, coverContext}, settings, dh);
        if (!latents) return latents.status();
        // The reference refuses NaN / infinite latents rather than decoding noise (spec-dit §9.3).
        if (!torch::isfinite(*latents).all().item<bool>()) {
            return Status::error(ErrorCode::Internal,
                                 fmt::format("the model produced NaN or infinite values in {} precision{}",
                                             c10::toString(dtype),
                                             dtype == torch::kHalf ? ": fp16 overflows on some checkpoints, choose bf16 or fp32"
                                                                   : ": the checkpoint and its config may not match"));
        }

        PipelineOutput out;
        out.latents = *latents;
        out.frames = T;
        out.sampleRate = vaeConfig.samplingRate;
        out.durationSeconds = duration;
        out.task = task;
        out.regionStartSample = t0 * hop;
        out.regionEndSample = t1 * hop;
        out.prependedSamples = padBefore;
        out.appendedSamples = padAfter;
        if (!request.latentOutput) {
            // 15. VAE decode (a window the size of the whole input unless memory asks for tiles) and the
            // post-processing; the DiT group goes first under the one-resident policy.
            current = Stage::Decode;
            if (Status s = enter(Stage::Decode); !s) return s;
            group = Status::error(ErrorCode::Internal, "released");
            auto vae = store_->vae();
            if (!vae) return vae.status();
            vae::DecodeTiling tiling;
            tiling.chunkFrames = request.decodeChunkFrames;
            tiling.onTile = [&](int done, int total) {
                if (hooks.tile) hooks.tile(done, total);
                return !(hooks.cancel && hooks.cancel->load());
            };
            auto audio = (*vae)->decodeTiled(out.latents.transpose(1, 2), tiling);
            if (!audio) return audio.status();
            if (request.keepSource && windowed && task == TaskType::Repaint) {
                // The source as the model saw it (padded), cut or extended to the decoded length.
                // The source's samples past the last whole latent frame (the decoder's output ends there)
                // are appended, so the kept song is never shortened.
                auto source = src.to(torch::kFloat32).to(audio->device());
                const auto S = audio->size(2);
                torch::Tensor rest;
                if (source.size(2) >= S) {
                    rest = source.index({Slice(), Slice(), Slice(S, None)});
                    source = source.index({Slice(), Slice(), Slice(0, S)});
                } else {
                    source = torch::constant_pad_nd(source, {0, S - source.size(2)}, 0.0);
                }
                const auto fade = static_cast<std::int64_t>(std::max(0.0, request.crossfadeSeconds) *
                                                            static_cast<double>(vaeConfig.samplingRate));
                out.audio = spliceKeepingSource(*audio, source, out.regionStartSample, out.regionEndSample, fade);
                if (rest.defined() && rest.size(2) > 0) {
                    out.audio = torch::cat({out.audio, rest.expand({out.audio.size(0), -1, -1})}, 2);
                }
            } else {
                out.audio = normalizeAudio(*audio);
            }
        }
        if (hooks.stage) hooks.stage(Stage::Done);
        return out;
    } catch (const c10::OutOfMemoryError& e) {
        return Status::error(ErrorCode::OutOfMemory, fmt::format("the device ran out of memory during the {} stage: {}",
                                                                 stageName(current), e.what_without_backtrace()));
    } catch (const c10::Error& e) {
        return Status::error(ErrorCode::Internal, fmt::format("generation failed: {}", e.what_without_backtrace()));
    } catch (const std::exception& e) {
        return Status::error(ErrorCode::Internal, fmt::format("generation failed: {}", e.what()));
    }
}

}  // namespace songloom::pipeline
