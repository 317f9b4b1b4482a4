using System.Security.Cryptography;
using Platform.Imaging.Images;

namespace Platform.Processing.Classification;

/// <summary>
/// Saving and restoring the model: every statistic the next mini-batch depends on (half-set sums and weights, counts,
/// references, noise estimate, particles seen), so a restored classifier continues exactly where the saved one stopped.
/// Format: "SC2D", version, box, classes, then the values little-endian, then a SHA-256 of everything before it.
/// </summary>
public sealed partial class StreamingClassifier2D
{
    private const int StateVersion = 1;
    private static readonly byte[] _stateMagic = "SC2D"u8.ToArray();

    /// <summary>Writes the whole model to <paramref name="output"/> (left open).</summary>
    public void Save(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(_stateMagic);
            w.Write(StateVersion);
            w.Write(_geometry.Box);
            w.Write(_settings.ClassCount);
            w.Write(_seen);
            w.Write(_residual);
            w.Write(_pixels);
            w.Write(_references.Length);
            foreach (var reference in _references)
            {
                WriteFloats(w, reference.Pixels);
            }

            for (var h = 0; h < 2; h++)
            {
                for (var k = 0; k < _settings.ClassCount; k++)
                {
                    w.Write(_weights[h][k]);
                    WriteFloats(w, _sums[h][k]);
                }
            }

            foreach (var count in _counts)
            {
                w.Write(count);
            }
        }

        payload.Position = 0;
        payload.CopyTo(output);
        output.Write(SHA256.HashData(payload.GetBuffer().AsSpan(0, (int)payload.Length)));
    }

    /// <summary>A classifier restored from <see cref="Save"/>'s output; the box and class count must match.</summary>
    /// <exception cref="ClassifierStateException">The data is truncated, altered or for another box or class count.</exception>
    public static StreamingClassifier2D Load(Stream input, int boxPixels, Classification2DSettings settings)
    {
        ArgumentNullException.ThrowIfNull(input);
        var classifier = new StreamingClassifier2D(boxPixels, settings);
        using var copy = new MemoryStream();
        input.CopyTo(copy);
        var bytes = copy.GetBuffer().AsSpan(0, (int)copy.Length);
        if (bytes.Length < 32 + 4 || !SHA256.HashData(bytes[..^32]).AsSpan().SequenceEqual(bytes[^32..]))
        {
            throw new ClassifierStateException("The saved classifier state is truncated or altered (checksum mismatch).");
        }

        using var r = new BinaryReader(new MemoryStream(copy.GetBuffer(), 0, bytes.Length - 32));
        try
        {
            classifier.Read(r);
        }
        catch (EndOfStreamException)
        {
            throw new ClassifierStateException("The saved classifier state ends early.");
        }

        return classifier;
    }

    private void Read(BinaryReader r)
    {
        if (!r.ReadBytes(4).AsSpan().SequenceEqual(_stateMagic) || r.ReadInt32() != StateVersion)
        {
            throw new ClassifierStateException("Not a saved classifier state of this version.");
        }

        var (box, classes) = (r.ReadInt32(), r.ReadInt32());
        if (box != _geometry.Box || classes != _settings.ClassCount)
        {
            throw new ClassifierStateException($"The saved state is for {classes} classes of {box} px; this classifier has {_settings.ClassCount} of {_geometry.Box} px.");
        }

        _seen = r.ReadInt64();
        _residual = r.ReadDouble();
        _pixels = r.ReadDouble();
        var references = r.ReadInt32();
        if (references != 0 && references != classes)
        {
            throw new ClassifierStateException($"The saved state holds {references} references for {classes} classes.");
        }

        _references = Enumerable.Range(0, references)
            .Select(_ => new Image2D(box, box, ReadFloats(r, _geometry.Pixels), _settings.PixelSizeAngstrom)).ToArray();
        for (var h = 0; h < 2; h++)
        {
            for (var k = 0; k < classes; k++)
            {
                _weights[h][k] = r.ReadDouble();
                ReadFloats(r, _geometry.Pixels).CopyTo(_sums[h][k], 0);
            }
        }

        for (var k = 0; k < classes; k++)
        {
            _counts[k] = r.ReadInt32();
        }
    }

    private static void WriteFloats(BinaryWriter w, float[] values) =>
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));

    private static float[] ReadFloats(BinaryReader r, int count)
    {
        var values = new float[count];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan());
        if (r.Read(bytes) != bytes.Length)
        {
            throw new EndOfStreamException();
        }

        return values;
    }
}
