// Errors that cross the engine's public API. Every failure carries a code and a message that names the
// file, field or value at fault and, where there is one, the allowed range (architecture guide).
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace songloom {

enum class ErrorCode {
    Ok = 0,
    InvalidArgument,  // a request field out of range or malformed
    NotFound,         // a file or folder that is not there
    Io,               // the operating system refused a read or write
    Corrupt,          // a file that is there but malformed (bad header, truncated, inconsistent)
    Unsupported,      // a well-formed file or request that Songloom does not handle (yet)
    Cancelled,
    OutOfMemory,
    Internal,
};

const char* errorCodeName(ErrorCode code);

class Status {
public:
    Status() = default;
    static Status ok() { return {}; }
    static Status error(ErrorCode code, std::string message) { return Status(code, std::move(message)); }

    bool isOk() const { return code_ == ErrorCode::Ok; }
    explicit operator bool() const { return isOk(); }
    ErrorCode code() const { return code_; }
    const std::string& message() const { return message_; }

private:
    Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}
    ErrorCode code_ = ErrorCode::Ok;
    std::string message_;
};

// A value or the Status that explains why there is none.
template <class T>
class Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(Status status) : v_(std::move(status)) {}

    bool isOk() const { return v_.index() == 0; }
    explicit operator bool() const { return isOk(); }

    T& value() & { return std::get<0>(v_); }
    const T& value() const& { return std::get<0>(v_); }
    T&& value() && { return std::get<0>(std::move(v_)); }
    T* operator->() { return &std::get<0>(v_); }
    const T* operator->() const { return &std::get<0>(v_); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    // The error; an ok Status when there is a value.
    Status status() const { return isOk() ? Status::ok() : std::get<1>(v_); }

private:
    std::variant<T, Status> v_;
};

}  // namespace songloom
