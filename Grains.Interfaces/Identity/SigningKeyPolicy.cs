using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>
/// When the key ring rotates: a new key once the current one is <see cref="RotationPeriod"/> old; a retired
/// key is dropped after <see cref="RetainAfterRetirement"/> (at least the longest access-token lifetime plus clock skew).
/// </summary>
[Immutable]
public sealed record SigningKeyPolicy(TimeSpan RotationPeriod, TimeSpan RetainAfterRetirement);
