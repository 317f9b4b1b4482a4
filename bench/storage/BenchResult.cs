namespace Platform.Storage.Bench;

/// <summary>Writes per second of the bare INSERT baseline and of the provider, measured in the same run.</summary>
internal sealed record BenchResult(double BareWritesPerSecond, double ProviderWritesPerSecond);
