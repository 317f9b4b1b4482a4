using Platform.Grains.Errors;
using Platform.Runtime;

namespace Platform.Grains.ClassAverages;

/// <summary>
/// A whole set of class averages as a source submits it (the agent's report, or an external pipeline through
/// <c>submitClassAverages</c>, which may name its own iteration number): the one input of <see cref="IClassAveragesGrain.ReplaceAsync"/>.
/// </summary>
[Immutable]
public sealed record ClassAveragesSubmission(
    string FacilityId,
    string SessionId,
    string Source,
    string IdempotencyKey,
    long ParticleCount,
    double PixelSizeAngstrom,
    int BoxPixels,
    IReadOnlyList<ClassAverageUpload> Classes,
    long? SourceIteration = null)
{
    public const int MaxClasses = 100;

    public const int MaxPngBytes = 64 * 1024;

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Every problem with the set, by field.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (ParticleCount < 0)
        {
            errors.Add(new("particleCount", "must be ≥ 0"));
        }

        if (!double.IsFinite(PixelSizeAngstrom) || PixelSizeAngstrom <= 0)
        {
            errors.Add(new("pixelSizeAngstrom", "must be a finite number above 0"));
        }

        if (SourceIteration is < 0)
        {
            errors.Add(new("sourceIteration", "must be ≥ 0"));
        }

        if (string.IsNullOrEmpty(IdempotencyKey) || IdempotencyKey.Length > 200)
        {
            errors.Add(new("idempotencyKey", "must be 1–200 characters"));
        }

        if (BoxPixels is < 8 or > 1024)
        {
            errors.Add(new("boxPixels", "must be between 8 and 1024"));
        }

        if (Classes.Count is 0 or > MaxClasses)
        {
            errors.Add(new("classes", $"must hold 1 to {MaxClasses} classes"));
        }

        if (Classes.Select(c => c.Number).Distinct().Count() != Classes.Count)
        {
            errors.Add(new("classes", "class numbers must be unique"));
        }

        foreach (var c in Classes)
        {
            var field = $"classes[{c.Number}]";
            if (c.Number is < 1 or > 10_000)
            {
                errors.Add(new(field + ".number", "must be between 1 and 10000"));
            }

            if (c.ParticleCount < 0 || c.ParticleCount > ParticleCount)
            {
                errors.Add(new(field + ".particleCount", "must be between 0 and the set's particle count"));
            }

            if (c.ResolutionAngstrom is { } r && (!double.IsFinite(r) || r <= 0))
            {
                errors.Add(new(field + ".resolutionAngstrom", "must be a finite number above 0"));
            }

            if (c.Png.Length is 0 or > MaxPngBytes || !c.Png.AsSpan().StartsWith(PngSignature))
            {
                errors.Add(new(field + ".png", $"must be a PNG image of at most {MaxPngBytes} bytes"));
            }
        }

        return errors;
    }
}
