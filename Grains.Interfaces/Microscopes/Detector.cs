using Platform.Runtime;

namespace Platform.Grains.Microscopes;

/// <summary>A camera on a microscope. <see cref="Vendor"/> matters: some options apply only to Gatan detectors.</summary>
[Immutable]
public sealed record Detector(string Id, string Name, string Model, DetectorVendor Vendor);
