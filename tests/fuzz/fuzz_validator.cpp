// libFuzzer target for the JSON reader, the validator and the RunRequest codec.
//
// Every input is validated with the schema alone and for the embedded engine (with and without
// an input from outside), then read as a RunRequest. A request that reads must survive the
// canonical round trip: its canonical text reads back to an equal request whose canonical text
// is byte-identical. Anything else traps, so libFuzzer reports it as a crash.

#include "schema/runrequest.h"
#include "schema/validator.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

using namespace Qt::Literals::StringLiterals;

namespace {

const spool::Validator &schemaValidator()
{
    static const spool::Validator validator;
    return validator;
}

const spool::Validator &embeddedValidator(bool inputProvided)
{
    using Target = spool::ValidationOptions::Target;
    static const spool::Validator withoutInput(
        spool::ValidationOptions{Target::Embedded, {u"ingest"_s, u"video"_s}, false});
    static const spool::Validator withInput(
        spool::ValidationOptions{Target::Embedded, {u"ingest"_s, u"video"_s}, true});
    return inputProvided ? withInput : withoutInput;
}

void checkRoundTrip(const QByteArray &text)
{
    const auto first = spool::RunRequest::fromText(text);
    if (!first.ok())
        return;

    const QByteArray canonical = first->toCanonicalText();
    const auto second = spool::RunRequest::fromText(canonical);
    if (!second.ok())
        __builtin_trap(); // the canonical text of a request does not read back
    if (!(second.value() == first.value()))
        __builtin_trap(); // the canonical text reads back to a different request
    if (second->toCanonicalText() != canonical)
        __builtin_trap(); // the canonical text is not a fixed point
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A copy, NUL-terminated like every QByteArray the engine gets from a file or a socket.
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));

    (void) schemaValidator().validateText(text);
    (void) embeddedValidator(false).validateText(text);
    (void) embeddedValidator(true).validateText(text);
    checkRoundTrip(text);
    return 0;
}
