using SharpFuzz;
using Storyline.Fuzz;

// libFuzzer: dotnet run --project fuzz/Storyline.Fuzz -- --libfuzzer (with libfuzzer-dotnet driving it);
// AFL: afl-fuzz ... -- dotnet Storyline.Fuzz.dll (instrument Storyline.dll with sharpfuzz first).
if (args.Length > 0 && args[0] == "--libfuzzer")
{
    Fuzzer.LibFuzzer.Run(data => ExtractionTarget.Run(data));
}
else
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        ExtractionTarget.Run(buffer.ToArray());
    });
}
