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

// How a figure, section or part that FAILED is worded on screen, paper and the command line:
// "Could not be computed: cause". Never "Not available from this source", which means that the
// source has no such table.
inline QString couldNotBeComputed(const QString &cause)
{
    return QCoreApplication::translate("Result", "Could not be computed: %1").arg(cause);
}

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
    // Only after ok(). Reaching the value of a failure is a programming error: it stops the
    // program with the failure's cause, in release builds too (never undefined behaviour).
    const T &value() const &
    {
        requireValue();
        return *m_value;
    }
    T &&value() &&
    {
        requireValue();
        return std::move(*m_value);
    }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    // Empty when ok().
    const QString &error() const { return m_error; }

private:
    void requireValue() const
    {
        if (!ok())
            qFatal("Result::value() on a failure: %s", qUtf8Printable(m_error));
    }
    std::optional<T> m_value;
    QString m_error;
};
