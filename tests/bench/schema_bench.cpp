// Figures for the schema layer: reading, validating and writing run requests of the sizes the
// foundation promises to handle (100,000 siblings; chains at the nesting limit).

#include <schema/jsonreader.h>
#include <schema/runrequest.h>
#include <schema/validator.h>

#include <QCoreApplication>

#include <benchmark/benchmark.h>

namespace {

QByteArray siblings(int count)
{
    QByteArray text = R"({"tasks": [{"kind": "ingest", "options": {"url": "a.mp4"}, "next": [)";
    for (int i = 0; i < count; ++i) {
        text += i ? "," : "";
        text += R"({"kind": "video", "options": {"width": 1280, "height": 720, "format": "mp4",
            "codec": "h264", "quality": "high"}, "next": [{"kind": "image"}]})";
    }
    return text + "]}]}";
}

QByteArray chain(int depth)
{
    QByteArray text = R"({"tasks": [{"kind": "ingest", "options": {"url": "a.mp4"})";
    for (int i = 0; i < depth; ++i)
        text += R"(, "next": [{"kind": "conditions", "options": {"width": {"gt": 10}})";
    for (int i = 0; i < depth; ++i)
        text += "}]";
    return text + "}]}";
}

void readOnly(benchmark::State &state)
{
    const QByteArray text = siblings(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(spool::JsonReader::read(text).ok());
    state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
    state.counters["tasks"] = double(state.range(0)) * 2 + 1;
}

void readAndValidate(benchmark::State &state)
{
    const QByteArray text = siblings(int(state.range(0)));
    const spool::Validator validator;
    for (auto _ : state)
        benchmark::DoNotOptimize(validator.validateText(text).size());
    state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
    state.counters["tasks"] = double(state.range(0)) * 2 + 1;
}

void modelAndCanonicalText(benchmark::State &state)
{
    const QByteArray text = siblings(int(state.range(0)));
    for (auto _ : state) {
        const spool::Result<spool::RunRequest> request = spool::RunRequest::fromText(text);
        benchmark::DoNotOptimize(request->toCanonicalText().size());
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
}

void deepChain(benchmark::State &state)
{
    const QByteArray text = chain(int(state.range(0)));
    const spool::Validator validator;
    for (auto _ : state)
        benchmark::DoNotOptimize(validator.validateText(text).size());
}

void tooDeep(benchmark::State &state)
{
    const QByteArray text(state.range(0), '[');
    for (auto _ : state)
        benchmark::DoNotOptimize(spool::JsonReader::read(text).ok());
}

} // namespace

BENCHMARK(readOnly)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(readAndValidate)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(modelAndCanonicalText)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(deepChain)->Arg(400)->Unit(benchmark::kMicrosecond);
BENCHMARK(tooDeep)->Arg(200000)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
