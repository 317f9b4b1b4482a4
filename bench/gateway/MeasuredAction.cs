using Platform.GraphQL.Bench;

namespace Platform.Gateway.Bench;

/// <summary>One action's figures from <see cref="Interleaved"/>: latency samples, and per run the kilobytes allocated and CPU milliseconds used.</summary>
public sealed record MeasuredAction(string Label, LatencySamples Samples, double AllocatedKilobytes, double CpuMilliseconds)
{
    /// <summary>Label and latency only (for callers that print latency alone).</summary>
    public void Deconstruct(out string label, out LatencySamples samples)
    {
        label = Label;
        samples = Samples;
    }

    /// <summary>The latency line followed by CPU and allocation per run.</summary>
    public string Describe() => $"{Samples.Describe(Label)}   CPU {CpuMilliseconds,6:0.000} ms   alloc {AllocatedKilobytes,8:0.0} KB";
}
