#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

// Why a value could not be computed (a driver message, a range check): what Result<T> holds
// instead of a value. Never empty: a failure without a cause still says that much.
struct Failure {
    QString cause;
};

// A value, or the reason there is none. [[nodiscard]] so that a caller cannot drop the failure
// by ignoring the result, and the value is only reached through ok(): an empty list or a zero
// can no longer stand in for "could not be computed".
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Failure failure)
        : m_error(failure.cause.isEmpty()
                      ? QCoreApplication::translate("Result", "unknown error (no cause given)")
                      : std::move(failure.cause))
    {}
    bool ok() const { return m_value.has_value(); }
    // Only after ok().
    const T &value() const &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT(ok());
        return std::move(*m_value);
    }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    // Empty when ok().
    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};
