// silence_latent.pt (checkpoint-layouts 4): the only torch.save archive Songloom opens, and only through
// the reader that interprets a whitelist of pickle opcodes instead of running the pickle.
#include "catalog/folder_parts.h"

#include "songloom/silence_latent.h"

#include <fmt/format.h>

namespace songloom::catalog {

Classified silenceLatentFromZip(const std::filesystem::path& file, Layout layout) {
    auto latent = readSilenceLatent(file);
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
