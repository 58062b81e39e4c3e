// See module_store.h.
#include "pipeline/module_store.h"

namespace songloom::pipeline {

Result<std::shared_ptr<ModuleStore>> ModuleStore::create(ModuleSources sources, torch::Device device,
                                                         torch::ScalarType dtype, Residency residency) {
    auto store = std::shared_ptr<ModuleStore>(new ModuleStore());
    store->sources_ = std::move(sources);
    store->device_ = device;
    store->dtype_ = dtype;
    store->residency_ = residency;
    const auto& d = store->sources_.dit;
    store->hasAudioCodes_ = d.find("tokenizer.quantizer.project_in.weight") != nullptr &&
                            d.find("detokenizer.proj_out.weight") != nullptr;
    store->hasNullCondition_ = d.find("null_condition_emb") != nullptr;
    // Every module once, in the order a run needs them; OneResident lets each go before the next.
    if (auto t = store->textEncoder(); !t) return t.status();
    if (auto g = store->dit(); !g) return g.status();
    if (auto v = store->vae(); !v) return v.status();
    if (residency == Residency::OneResident) store->release();
    return store;
}

Result<std::shared_ptr<const text::Qwen3TextEncoder>> ModuleStore::buildText() {
    auto te = text::Qwen3TextEncoder::load(sources_.textEncoder, sources_.textConfig, device_, dtype_);
    if (!te) return te.status();
    ++builds_;
    return std::make_shared<const text::Qwen3TextEncoder>(std::move(*te));
}

Result<DitGroup> ModuleStore::buildDit() {
    DitGroup g;
    const auto& cc = sources_.conditionConfig;
    auto cond = dit::ConditionEncoder::load(sources_.dit, cc, device_, dtype_, sources_.conditionOptions);
    if (!cond) return cond.status();
    g.condition = std::make_shared<const dit::ConditionEncoder>(std::move(*cond));
    auto model = dit::DitModel::load(sources_.dit, sources_.ditConfig, device_, dtype_);
    if (!model) return model.status();
    g.model = std::make_shared<const dit::DitModel>(std::move(*model));
    if (hasAudioCodes_) {
        auto tok = dit::AudioTokenizer::load(sources_.dit, cc, device_, dtype_);
        if (!tok) return tok.status();
        auto detok = dit::AudioDetokenizer::load(sources_.dit, cc, device_, dtype_);
        if (!detok) return detok.status();
        g.audioTokenizer = std::make_shared<const dit::AudioTokenizer>(std::move(*tok));
        g.audioDetokenizer = std::make_shared<const dit::AudioDetokenizer>(std::move(*detok));
    }
    ++builds_;
    return g;
}

Result<std::shared_ptr<const vae::OobleckVae>> ModuleStore::buildVae() {
    auto v = vae::OobleckVae::load(sources_.vae, sources_.vaeConfig, device_, dtype_);
    if (!v) return v.status();
    ++builds_;
    return std::make_shared<const vae::OobleckVae>(std::move(*v));
}

void ModuleStore::evictExcept(Group keep) {
    if (residency_ != Residency::OneResident) return;
    if (keep != Group::Text) text_.reset();
    if (keep != Group::Dit) dit_ = {};
    if (keep != Group::Vae) vae_.reset();
}

Result<std::shared_ptr<const text::Qwen3TextEncoder>> ModuleStore::textEncoder() {
    std::lock_guard lock(mutex_);
    if (!text_) {
        evictExcept(Group::Text);
        auto t = buildText();
        if (!t) return t.status();
        text_ = *t;
    }
    return text_;
}

Result<DitGroup> ModuleStore::dit() {
    std::lock_guard lock(mutex_);
    if (!dit_.model) {
        evictExcept(Group::Dit);
        auto g = buildDit();
        if (!g) return g.status();
        dit_ = *g;
    }
    return dit_;
}

Result<std::shared_ptr<const vae::OobleckVae>> ModuleStore::vae() {
    std::lock_guard lock(mutex_);
    if (!vae_) {
        evictExcept(Group::Vae);
        auto v = buildVae();
        if (!v) return v.status();
        vae_ = *v;
    }
    return vae_;
}

void ModuleStore::release() {
    std::lock_guard lock(mutex_);
    evictExcept(Group::None);
}

}  // namespace songloom::pipeline
