using Platform.Grains.Micrographs;
using Platform.Runtime;

namespace Platform.Grains.Exports;

/// <summary>
/// Which micrographs of a session an export takes: those passing the <see cref="Ranges"/> (none: all) and not excluded by hand,
/// and the saved filter <see cref="FilterName"/> too if given; only <see cref="Source"/>'s results when given.
/// </summary>
[Immutable]
public sealed record ExportSelection(string? FilterName, IReadOnlyList<MetricRange> Ranges, string? Source);
