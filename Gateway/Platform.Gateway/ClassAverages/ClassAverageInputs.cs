using System.Globalization;
using Platform.Grains.ClassAverages;

namespace Platform.Gateway.ClassAverages;

/// <summary>
/// Decoding of <c>[ClassAverageInput!]!</c> values, the one way both the agent's <c>classAverages</c> report and
/// <c>submitClassAverages</c> read classes: numbers as given, PNGs from base64. Each caller turns the classes whose
/// <c>pngBase64</c> is not base64 into its own error (a malformed report, a ValidationError).
/// </summary>
internal static class ClassAverageInputs
{
    /// <summary>The classes in input order, and the list index and number of each class whose PNG is not base64 (left out).</summary>
    public static (List<ClassAverageUpload> Classes, List<(int Index, int Number)> NotBase64) Decode(object? classes)
    {
        var decoded = new List<ClassAverageUpload>();
        var notBase64 = new List<(int, int)>();
        var items = (classes as IEnumerable<object?> ?? []).Cast<IReadOnlyDictionary<string, object?>>().ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var c = items[i];
            var number = Convert.ToInt32(c["number"], CultureInfo.InvariantCulture);
            try
            {
                decoded.Add(new ClassAverageUpload(number, Convert.ToInt64(c["particleCount"], CultureInfo.InvariantCulture),
                    c.GetValueOrDefault("resolutionAngstrom") is { } r ? Convert.ToDouble(r, CultureInfo.InvariantCulture) : null,
                    Convert.FromBase64String(c["pngBase64"] as string ?? "")));
            }
            catch (FormatException)
            {
                notBase64.Add((i, number));
            }
        }

        return (decoded, notBase64);
    }
}
