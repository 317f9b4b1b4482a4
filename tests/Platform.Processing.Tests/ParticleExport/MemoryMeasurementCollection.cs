namespace Platform.Processing.Tests.ParticleExport;

/// <summary>Tests that read the process-wide GC heap size run alone, so other tests' allocations do not pollute the measurement.</summary>
[CollectionDefinition(nameof(MemoryMeasurementCollection), DisableParallelization = true)]
public sealed class MemoryMeasurementCollection;
