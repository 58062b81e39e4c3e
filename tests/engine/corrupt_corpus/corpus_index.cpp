// Sharded-checkpoint cases: a *.safetensors.index.json whose weight_map or shards are wrong.
#include "corpus.h"
#include "safetensors_writer.h"

namespace songloom::testsupport {
namespace {

const std::string kShard1 = "model-00001-of-00002.safetensors";
const std::string kShard2 = "model-00002-of-00002.safetensors";

// A valid shard holding F32 tensors of four elements each, under the given names.
std::string shardWith(const std::vector<std::string>& names) {
    std::vector<TestTensor> tensors;
    for (const std::string& name : names) tensors.push_back({name, "F32", {4}, floatBytes({1, 2, 3, 4})});
    return buildSafetensors(tensors);
}

std::string indexJson(const std::string& weightMapBody) {
    return R"({"metadata":{"total_size":32},"weight_map":{)" + weightMapBody + "}}";
}

}  // namespace

void addIndexCases(CorpusWriter& w) {
    const std::string a1 = "\"a\":\"" + kShard1 + "\"";
    const std::string b2 = "\"b\":\"" + kShard2 + "\"";
    w.index("index_missing_shard", indexJson(a1 + "," + b2), {{kShard1, shardWith({"a"})}}, "NotFound",
            "weight_map names shard \"" + kShard2 + "\", which is not there", "second shard file absent");
    w.index("index_malformed_json", R"({"weight_map":{"a":")" + kShard1 + "\",", {{kShard1, shardWith({"a"})}},
            "Corrupt", "index is not valid JSON", "index JSON cut short");
    w.index("index_json_array", "[\"" + kShard1 + "\"]", {{kShard1, shardWith({"a"})}}, "Corrupt",
            "index must be a JSON object, found array", "index is an array");
    w.index("index_without_weight_map", R"({"metadata":{"total_size":16}})", {{kShard1, shardWith({"a"})}}, "Corrupt",
            "index has no \"weight_map\"", "no weight_map");
    w.index("index_weight_map_not_object", R"({"weight_map":["a","b"]})", {{kShard1, shardWith({"a"})}}, "Corrupt",
            "\"weight_map\" must be an object of tensor name -> shard file, found array", "weight_map is an array");
    w.index("index_weight_map_empty", R"({"weight_map":{}})", {{kShard1, shardWith({"a"})}}, "Corrupt",
            "\"weight_map\" is empty", "weight_map lists nothing");
    w.index("index_shard_name_not_string", indexJson("\"a\":3"), {{kShard1, shardWith({"a"})}}, "Corrupt",
            "weight_map entry \"a\" must be a shard file name, found number", "shard given as a number");
    w.index("index_name_absent_from_shard", indexJson(a1 + ",\"c\":\"" + kShard1 + "\""),
            {{kShard1, shardWith({"a"})}}, "Corrupt",
            "weight_map puts \"c\" in \"" + kShard1 + "\", but that shard has no such tensor",
            "weight_map lists a tensor no shard holds");
    w.index("index_name_in_other_shard", indexJson(a1 + ",\"b\":\"" + kShard1 + "\",\"c\":\"" + kShard2 + "\""),
            {{kShard1, shardWith({"a"})}, {kShard2, shardWith({"b", "c"})}}, "Corrupt",
            "(it is in \"" + kShard2 + "\")", "weight_map names the wrong shard for a tensor");
    w.index("index_tensor_in_two_shards", indexJson(a1 + "," + b2),
            {{kShard1, shardWith({"a"})}, {kShard2, shardWith({"a", "b"})}}, "Corrupt",
            "tensor \"a\" is in two shards: \"" + kShard1 + "\" and \"" + kShard2 + "\"", "the same tensor in two shards");
    w.index("index_shard_corrupt", indexJson(a1 + "," + b2),
            {{kShard1, shardWith({"a"})},
             {kShard2, safetensorsBytes(R"({"b":{"dtype":"F32","shape":[4],"data_offsets":[0,12]}})", std::string(12, '\0'))}},
            "Corrupt", "shard \"" + kShard2 + "\"", "a shard with a size mismatch");
    w.index("index_shard_path_escapes", indexJson("\"a\":\"../outside.safetensors\""), {{kShard1, shardWith({"a"})}},
            "Corrupt", "which is not a file name inside the index's folder", "shard path climbs out of the folder");
    w.index("index_shard_absolute_path", indexJson("\"a\":\"/etc/passwd\""), {{kShard1, shardWith({"a"})}}, "Corrupt",
            "weight_map puts \"a\" in \"/etc/passwd\", which is not a file name", "absolute shard path");
    w.index("index_duplicate_weight_map_name", indexJson(a1 + "," + a1), {{kShard1, shardWith({"a"})}}, "Corrupt",
            "weight_map lists tensor \"a\" twice", "the same tensor listed twice");
}

}  // namespace songloom::testsupport
