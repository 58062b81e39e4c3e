// silence_latent.pt (checkpoint-layouts 4): the only torch.save archive Songloom opens, and only through
// the reader that interprets a whitelist of pickle opcodes instead of running the pickle.
#include "catalog/folder_parts.h"

#include "songloom/silence_latent.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace songloom::catalog {

Classified silenceLatentFromZip(const std::filesystem::path& file, Layout layout) {
    // Any [1, C, T] float tensor: a model set pairs it only with a DiT whose latent width is C (64 for
    // every release; small test models use fewer channels).
    auto latent = readTorchSavedTensor(file);
    if (latent) {
        const auto& shape = latent->shape;
        if (shape.size() != 3 || shape[0] != 1 || shape[1] < 1 || shape[2] < 1) {
            latent = Status::error(ErrorCode::Unsupported,
                                   fmt::format("a silence latent has shape [1, C, T] (C = the DiT's latent width, {} "
                                               "for the releases), this tensor has shape [{}]",
                                               kSilenceLatentChannels, fmt::join(shape, ", ")));
        }
    }
    if (!latent) {
        return Classified::reject(fmt::format(
            "a PyTorch archive that is not a silence latent: only silence_latent.pt is read in this format, "
            "use the .safetensors release of anything else ({})",
            latent.status().message()));
    }
    CatalogComponent c;
    c.kind = ComponentKind::SilenceLatent;
    c.layout = layout;
    c.files = {file};
    c.dtype = latent->storedDType;
    c.tensorCount = 1;
    c.parameterCount = latent->values.size();
    c.dims = {{"channels", latent->shape.at(1)}, {"frames", latent->shape.at(2)}};
    return Classified::accept(std::move(c));
}

}  // namespace songloom::catalog
