#include "torchzip/pickle_reader.h"

#include "fileio/file_error.h"
#include "torchzip/pickle_opcodes.h"

#include <algorithm>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <variant>

namespace songloom::torchzip {
namespace {

using fileio::fileError;
using fileio::quoteText;

// Bounds far above what a tensor record needs (about 170 bytes, a dozen stack slots, depth 2) and far
// below anything that could exhaust memory or the native stack.
constexpr std::size_t kMaxStack = 4096;
constexpr std::size_t kMaxMemo = 4096;
constexpr std::size_t kMaxString = 256;
constexpr int kMaxTupleDepth = 8;

enum class Callable { RebuildTensorV2, OrderedDict };
struct StorageClass {
    DType dtype;
};
struct StorageRef {
    DType dtype;
    std::string key;
    std::string location;
    std::int64_t numel;
};
struct EmptyDict {};
struct Value;
using Tuple = std::shared_ptr<const std::vector<Value>>;  // shared: BINGET copies stay O(1)

struct Value {
    std::variant<std::monostate, bool, std::int64_t, std::string, Tuple, Callable, StorageClass, StorageRef,
                 EmptyDict, PickledTensor>
        v;
    int depth = 0;  // tuple nesting, bounded so that destroying values never recurses deeply
};

std::string_view typeName(const Value& value) {
    constexpr std::string_view names[] = {"None",    "bool",    "int",  "str",    "tuple",
                                          "callable", "storage class", "storage", "dict", "tensor"};
    return names[value.v.index()];
}

class Unpickler {
public:
    Unpickler(std::span<const std::byte> bytes, std::string_view label) : bytes_(bytes), label_(label) {}

    Result<PickledTensor> run();

private:
    template <class... Args>
    Status corrupt(fmt::format_string<Args...> format, Args&&... args) const {
        return fileError(ErrorCode::Corrupt, label_, "{} at byte {}", fmt::format(format, std::forward<Args>(args)...),
                         opPos_);
    }
    template <class... Args>
    Status refuse(fmt::format_string<Args...> format, Args&&... args) const {
        return fileError(ErrorCode::Unsupported, label_, "{} at byte {}", fmt::format(format, std::forward<Args>(args)...),
                         opPos_);
    }
    std::string_view opName() const { return pickleOpcodeName(op_); }

    Result<std::uint64_t> readUnsigned(int width);
    Result<std::string> readBytes(std::uint64_t length);
    Result<std::string> readLine();
    Status push(Value value);
    // Output parameters rather than Result<Value>: GCC 12 warns falsely (-Wmaybe-uninitialized) about a
    // variant moved through a variant.
    Status pop(Value& out);
    Status top(Value& out) const;
    Status pushTuple(std::vector<Value> items);
    Result<std::int64_t> readLong1();

    Status step(bool& stopped);
    Status global();
    Status persistentId();
    Status reduce();

    std::span<const std::byte> bytes_;
    std::string_view label_;
    std::size_t pos_ = 0;
    std::size_t opPos_ = 0;
    std::uint8_t op_ = 0;
    std::vector<Value> stack_;
    std::vector<std::size_t> marks_;  // stack heights at each MARK
    std::map<std::uint32_t, Value> memo_;
};

Result<std::uint64_t> Unpickler::readUnsigned(int width) {
    if (bytes_.size() - pos_ < static_cast<std::size_t>(width)) return corrupt("truncated {} argument", opName());
    std::uint64_t v = 0;
    for (int i = width - 1; i >= 0; --i) v = (v << 8) | static_cast<std::uint8_t>(bytes_[pos_ + static_cast<std::size_t>(i)]);
    pos_ += static_cast<std::size_t>(width);
    return v;
}

Result<std::string> Unpickler::readBytes(std::uint64_t length) {
    if (length > bytes_.size() - pos_) return corrupt("{} of {} bytes runs past the end", opName(), length);
    if (length > kMaxString) return refuse("{} string of {} bytes (longer than any tensor record uses)", opName(), length);
    std::string s(reinterpret_cast<const char*>(bytes_.data()) + pos_, static_cast<std::size_t>(length));
    pos_ += static_cast<std::size_t>(length);
    return s;
}

Result<std::string> Unpickler::readLine() {
    const std::size_t limit = std::min(bytes_.size(), pos_ + kMaxString);
    for (std::size_t i = pos_; i < limit; ++i) {
        if (bytes_[i] == std::byte{'\n'}) {
            std::string s(reinterpret_cast<const char*>(bytes_.data()) + pos_, i - pos_);
            pos_ = i + 1;
            return s;
        }
    }
    return corrupt("GLOBAL name without a newline in the next {} bytes", kMaxString);
}

Status Unpickler::push(Value value) {
    if (stack_.size() >= kMaxStack) return refuse("pickle stack deeper than {}", kMaxStack);
    stack_.push_back(std::move(value));
    return Status::ok();
}

Status Unpickler::pop(Value& out) {
    const std::size_t floor = marks_.empty() ? 0 : marks_.back();
    if (stack_.size() <= floor) return corrupt("{} on an empty stack", opName());
    out = std::move(stack_.back());
    stack_.pop_back();
    return Status::ok();
}

Status Unpickler::top(Value& out) const {
    const std::size_t floor = marks_.empty() ? 0 : marks_.back();
    if (stack_.size() <= floor) return corrupt("{} on an empty stack", opName());
    out = stack_.back();
    return Status::ok();
}

Status Unpickler::pushTuple(std::vector<Value> items) {
    int depth = 0;
    for (const Value& item : items) depth = std::max(depth, item.depth);
    if (depth + 1 > kMaxTupleDepth) return refuse("tuples nested deeper than {}", kMaxTupleDepth);
    return push(Value{std::make_shared<const std::vector<Value>>(std::move(items)), depth + 1});
}

Result<std::int64_t> Unpickler::readLong1() {
    auto length = readUnsigned(1);
    if (!length) return length.status();
    if (*length > 8) return refuse("LONG1 of {} bytes (more than 64 bits)", *length);
    const int n = static_cast<int>(*length);
    auto raw = readUnsigned(n);
    if (!raw) return raw.status();
    std::uint64_t v = *raw;
    // Two's complement of n bytes: sign-extend from bit 8n-1.
    if (n > 0 && n < 8 && (v >> (8 * n - 1)) & 1u) v |= ~std::uint64_t{0} << (8 * n);
    return static_cast<std::int64_t>(v);
}

Status Unpickler::global() {
    auto module = readLine();
    if (!module) return module.status();
    auto name = readLine();
    if (!name) return name.status();
    if (*module == "torch._utils" && *name == "_rebuild_tensor_v2") return push(Value{Callable::RebuildTensorV2});
    if (*module == "collections" && *name == "OrderedDict") return push(Value{Callable::OrderedDict});
    if (*module == "torch") {
        if (*name == "FloatStorage") return push(Value{StorageClass{DType::F32}});
        if (*name == "BFloat16Storage") return push(Value{StorageClass{DType::BF16}});
        if (*name == "HalfStorage") return push(Value{StorageClass{DType::F16}});
    }
    return refuse("GLOBAL {}.{} is not allowed (only torch._utils._rebuild_tensor_v2, torch.FloatStorage, "
                  "torch.BFloat16Storage, torch.HalfStorage and collections.OrderedDict are)",
                  fileio::printable(*module, 80), fileio::printable(*name, 80));
}

// BINPERSID: ('storage', <storage class>, key, location, numel) -> a storage reference.
Status Unpickler::persistentId() {
    Value pid;
    if (Status s = pop(pid); !s) return s;
    const auto* tuple = std::get_if<Tuple>(&pid.v);
    const bool shaped = tuple && (*tuple)->size() == 5;
    const auto item = [&](std::size_t i) -> const auto& { return (**tuple)[i].v; };
    if (!shaped || !std::holds_alternative<std::string>(item(0)) || std::get<std::string>(item(0)) != "storage" ||
        !std::holds_alternative<StorageClass>(item(1)) || !std::holds_alternative<std::string>(item(2)) ||
        !std::holds_alternative<std::string>(item(3)) || !std::holds_alternative<std::int64_t>(item(4)))
        return corrupt("BINPERSID of something other than ('storage', <storage class>, key, location, numel)");
    return push(Value{StorageRef{std::get<StorageClass>(item(1)).dtype, std::get<std::string>(item(2)),
                                 std::get<std::string>(item(3)), std::get<std::int64_t>(item(4))}});
}

// The ints of a tuple of ints (size, stride), or nothing when it is anything else.
std::optional<std::vector<std::int64_t>> intTuple(const Value& value) {
    const auto* tuple = std::get_if<Tuple>(&value.v);
    if (!tuple) return std::nullopt;
    std::vector<std::int64_t> out;
    for (const Value& item : **tuple) {
        const auto* i = std::get_if<std::int64_t>(&item.v);
        if (!i) return std::nullopt;
        out.push_back(*i);
    }
    return out;
}

Status Unpickler::reduce() {
    Value args;
    Value callable;
    if (Status s = pop(args); !s) return s;
    if (Status s = pop(callable); !s) return s;
    const auto* function = std::get_if<Callable>(&callable.v);
    if (!function) return refuse("REDUCE on a {}; only whitelisted callables may be called", typeName(callable));
    const auto* tuple = std::get_if<Tuple>(&args.v);
    if (!tuple) return corrupt("REDUCE with {} arguments instead of a tuple", typeName(args));
    const std::vector<Value>& a = **tuple;

    if (*function == Callable::OrderedDict) {
        if (!a.empty()) return refuse("collections.OrderedDict with {} arguments (only the empty one is read)", a.size());
        return push(Value{EmptyDict{}});
    }
    // _rebuild_tensor_v2: torch.save passes six arguments, a seventh (metadata) only for tensors with
    // Python-side metadata, which must be empty here.
    if (a.size() != 6 && a.size() != 7)
        return corrupt("_rebuild_tensor_v2 with {} arguments (expected 6 or 7)", a.size());
    const auto* storage = std::get_if<StorageRef>(&a[0].v);
    const auto* offset = std::get_if<std::int64_t>(&a[1].v);
    auto shape = intTuple(a[2]);
    auto stride = intTuple(a[3]);
    if (!storage || !offset || !shape || !stride || !std::holds_alternative<bool>(a[4].v))
        return corrupt("_rebuild_tensor_v2 arguments are ({}, {}, {}, {}, {}), expected (storage, int, tuple of "
                       "ints, tuple of ints, bool, ...)",
                       typeName(a[0]), typeName(a[1]), typeName(a[2]), typeName(a[3]), typeName(a[4]));
    if (!std::holds_alternative<EmptyDict>(a[5].v))
        return refuse("_rebuild_tensor_v2 with backward hooks ({})", typeName(a[5]));
    if (a.size() == 7 && !std::holds_alternative<EmptyDict>(a[6].v) && !std::holds_alternative<std::monostate>(a[6].v))
        return refuse("_rebuild_tensor_v2 with tensor metadata ({})", typeName(a[6]));
    PickledTensor t;
    t.dtype = storage->dtype;
    t.storageKey = storage->key;
    t.location = storage->location;
    t.storageNumel = storage->numel;
    t.storageOffset = *offset;
    t.shape = std::move(*shape);
    t.stride = std::move(*stride);
    return push(Value{std::move(t)});
}

Status Unpickler::step(bool& stopped) {
    if (pos_ >= bytes_.size()) {
        opPos_ = pos_;
        return corrupt("pickle ends without STOP");
    }
    opPos_ = pos_;
    op_ = static_cast<std::uint8_t>(bytes_[pos_++]);
    switch (op_) {
    case 0x80: {  // PROTO
        auto version = readUnsigned(1);
        if (!version) return version.status();
        if (*version < 2 || *version > 5) return refuse("pickle protocol {}", *version);
        return Status::ok();
    }
    case 0x95: {  // FRAME: a length hint for buffered readers; the data follow inline
        auto length = readUnsigned(8);
        if (!length) return length.status();
        if (*length > bytes_.size() - pos_) return corrupt("FRAME of {} bytes runs past the end", *length);
        return Status::ok();
    }
    case 'c': return global();
    case 'q':
    case 'r': {  // BINPUT, LONG_BINPUT
        auto index = readUnsigned(op_ == 'q' ? 1 : 4);
        if (!index) return index.status();
        Value value;
        if (Status s = top(value); !s) return s;
        if (memo_.size() >= kMaxMemo && !memo_.count(static_cast<std::uint32_t>(*index)))
            return refuse("more than {} memo entries", kMaxMemo);
        memo_[static_cast<std::uint32_t>(*index)] = std::move(value);
        return Status::ok();
    }
    case 'h':
    case 'j': {  // BINGET, LONG_BINGET
        auto index = readUnsigned(op_ == 'h' ? 1 : 4);
        if (!index) return index.status();
        const auto it = memo_.find(static_cast<std::uint32_t>(*index));
        if (it == memo_.end()) return corrupt("{} of memo slot {}, which was never set", opName(), *index);
        return push(it->second);
    }
    case '(':  // MARK
        if (marks_.size() >= kMaxStack) return refuse("more than {} open MARKs", kMaxStack);
        marks_.push_back(stack_.size());
        return Status::ok();
    case 't': {  // TUPLE
        if (marks_.empty()) return corrupt("TUPLE without MARK");
        std::vector<Value> items(std::make_move_iterator(stack_.begin() + static_cast<std::ptrdiff_t>(marks_.back())),
                                 std::make_move_iterator(stack_.end()));
        stack_.resize(marks_.back());
        marks_.pop_back();
        return pushTuple(std::move(items));
    }
    case ')': return pushTuple({});
    case 0x85:
    case 0x86:
    case 0x87: {  // TUPLE1..3
        std::vector<Value> items(static_cast<std::size_t>(op_ - 0x84));
        for (auto it = items.rbegin(); it != items.rend(); ++it)
            if (Status s = pop(*it); !s) return s;
        return pushTuple(std::move(items));
    }
    case 'J': {  // BININT: signed 32-bit
        auto v = readUnsigned(4);
        if (!v) return v.status();
        return push(Value{static_cast<std::int64_t>(static_cast<std::int32_t>(static_cast<std::uint32_t>(*v)))});
    }
    case 'K':
    case 'M': {  // BININT1, BININT2: unsigned
        auto v = readUnsigned(op_ == 'K' ? 1 : 2);
        if (!v) return v.status();
        return push(Value{static_cast<std::int64_t>(*v)});
    }
    case 0x8a: {  // LONG1
        auto v = readLong1();
        if (!v) return v.status();
        return push(Value{*v});
    }
    case 'X':
    case 0x8c: {  // BINUNICODE, SHORT_BINUNICODE
        auto length = readUnsigned(op_ == 'X' ? 4 : 1);
        if (!length) return length.status();
        auto s = readBytes(*length);
        if (!s) return s.status();
        return push(Value{std::move(*s)});
    }
    case 0x88: return push(Value{true});   // NEWTRUE
    case 0x89: return push(Value{false});  // NEWFALSE
    case 'N': return push(Value{});        // NONE
    case '}': return push(Value{EmptyDict{}});
    case 'Q': return persistentId();
    case 'R': return reduce();
    case '.':  // STOP
        stopped = true;
        return Status::ok();
    default: break;
    }
    const std::string_view name = opName();
    if (name.empty()) return corrupt("unknown pickle opcode 0x{:02x}", op_);
    return refuse("pickle opcode {} (0x{:02x}) is not allowed (only the opcodes torch.save uses for a plain tensor "
                  "are read)",
                  name, op_);
}

Result<PickledTensor> Unpickler::run() {
    bool stopped = false;
    while (!stopped)
        if (Status s = step(stopped); !s) return s;
    if (!marks_.empty() || stack_.size() != 1)
        return corrupt("STOP with {} values and {} open MARKs on the stack (expected one tensor)", stack_.size(),
                       marks_.size());
    auto* tensor = std::get_if<PickledTensor>(&stack_.back().v);
    if (!tensor) return refuse("the pickle holds a {}, not a single tensor", typeName(stack_.back()));
    return std::move(*tensor);
}

}  // namespace

Result<PickledTensor> readPickledTensor(std::span<const std::byte> pickle, std::string_view label) {
    try {
        return Unpickler(pickle, label).run();
    } catch (const std::bad_alloc&) {
        return fileError(ErrorCode::OutOfMemory, label, "not enough memory to read the pickle");
    }
}

}  // namespace songloom::torchzip
