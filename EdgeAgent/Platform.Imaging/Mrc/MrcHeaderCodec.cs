using System.Buffers.Binary;
using System.Text;
using Platform.Imaging.Images;

namespace Platform.Imaging.Mrc;

/// <summary>Decodes and encodes the 1024-byte MRC2014 main header (word layout from the MRC2014 paper, Cheng et al. 2015, JSB 192:146).</summary>
internal static class MrcHeaderCodec
{
    public const int HeaderBytes = 1024;

    // Machine stamp bytes (word 54): 0x44 0x44/0x41 = little-endian, 0x11 0x11 = big-endian.
    private const byte LittleEndianStamp = 0x44;
    private const byte BigEndianStamp = 0x11;

    public static MrcHeader Decode(ReadOnlySpan<byte> header)
    {
        if (header.Length < HeaderBytes)
        {
            throw new CorruptImageFileException($"MRC header is {header.Length} bytes; 1024 are required (file truncated).");
        }

        var bigEndian = DetectBigEndian(header);

        var nx = I(header, 0, bigEndian);
        var ny = I(header, 1, bigEndian);
        var nz = I(header, 2, bigEndian);
        if (nx <= 0 || ny <= 0 || nz <= 0)
        {
            throw new CorruptImageFileException($"MRC dimensions {nx}x{ny}x{nz} are not all positive.");
        }

        var modeValue = I(header, 3, bigEndian);
        if (!Enum.IsDefined(typeof(MrcMode), modeValue))
        {
            throw new CorruptImageFileException($"MRC mode {modeValue} is not supported (supported: 0, 1, 2, 6, 12).");
        }

        var nsymbt = I(header, 23, bigEndian);
        if (nsymbt < 0)
        {
            throw new CorruptImageFileException($"MRC extended header size NSYMBT={nsymbt} is negative.");
        }

        var labelCount = Math.Clamp(I(header, 55, bigEndian), 0, 10);
        var labels = new List<string>(labelCount);
        for (var i = 0; i < labelCount; i++)
        {
            labels.Add(Encoding.ASCII.GetString(header.Slice(224 + (i * 80), 80)).TrimEnd('\0', ' '));
        }

        return new MrcHeader
        {
            Columns = nx,
            Rows = ny,
            Sections = nz,
            Mode = (MrcMode)modeValue,
            Sampling = (I(header, 7, bigEndian), I(header, 8, bigEndian), I(header, 9, bigEndian)),
            CellAngstrom = (F(header, 10, bigEndian), F(header, 11, bigEndian), F(header, 12, bigEndian)),
            AxisOrder = (I(header, 16, bigEndian), I(header, 17, bigEndian), I(header, 18, bigEndian)),
            MinimumDensity = F(header, 19, bigEndian),
            MaximumDensity = F(header, 20, bigEndian),
            MeanDensity = F(header, 21, bigEndian),
            SpaceGroup = I(header, 22, bigEndian),
            ExtendedHeaderBytes = nsymbt,
            ExtendedHeaderType = Encoding.ASCII.GetString(header.Slice(104, 4)).TrimEnd('\0', ' '),
            Version = I(header, 27, bigEndian),
            OriginAngstrom = (F(header, 49, bigEndian), F(header, 50, bigEndian), F(header, 51, bigEndian)),
            IsBigEndian = bigEndian,
            RmsDeviation = F(header, 54, bigEndian),
            Labels = labels,
        };
    }

    public static void Encode(MrcHeader h, Span<byte> header)
    {
        header[..HeaderBytes].Clear();
        var big = h.IsBigEndian;
        W(header, 0, big, h.Columns);
        W(header, 1, big, h.Rows);
        W(header, 2, big, h.Sections);
        W(header, 3, big, (int)h.Mode);
        W(header, 7, big, h.Sampling.X);
        W(header, 8, big, h.Sampling.Y);
        W(header, 9, big, h.Sampling.Z);
        W(header, 10, big, h.CellAngstrom.X);
        W(header, 11, big, h.CellAngstrom.Y);
        W(header, 12, big, h.CellAngstrom.Z);
        W(header, 13, big, 90f);
        W(header, 14, big, 90f);
        W(header, 15, big, 90f);
        W(header, 16, big, h.AxisOrder.Column);
        W(header, 17, big, h.AxisOrder.Row);
        W(header, 18, big, h.AxisOrder.Section);
        W(header, 19, big, h.MinimumDensity);
        W(header, 20, big, h.MaximumDensity);
        W(header, 21, big, h.MeanDensity);
        W(header, 22, big, h.SpaceGroup);
        W(header, 23, big, h.ExtendedHeaderBytes);
        var extType = Encoding.ASCII.GetBytes(h.ExtendedHeaderType.PadRight(4, '\0')[..4]);
        extType.CopyTo(header[104..]);
        W(header, 27, big, h.Version);
        W(header, 49, big, h.OriginAngstrom.X);
        W(header, 50, big, h.OriginAngstrom.Y);
        W(header, 51, big, h.OriginAngstrom.Z);
        "MAP "u8.CopyTo(header[208..]);
        if (big)
        {
            header[212] = BigEndianStamp;
            header[213] = BigEndianStamp;
        }
        else
        {
            header[212] = LittleEndianStamp;
            header[213] = LittleEndianStamp;
        }

        W(header, 54, big, h.RmsDeviation);
        var labels = h.Labels.Take(10).ToArray();
        W(header, 55, big, labels.Length);
        for (var i = 0; i < labels.Length; i++)
        {
            var bytes = Encoding.ASCII.GetBytes(labels[i]);
            bytes.AsSpan(0, Math.Min(80, bytes.Length)).CopyTo(header[(224 + (i * 80))..]);
        }
    }

    private static int I(ReadOnlySpan<byte> h, int word, bool big) =>
        big ? BinaryPrimitives.ReadInt32BigEndian(h[(word * 4)..]) : BinaryPrimitives.ReadInt32LittleEndian(h[(word * 4)..]);

    private static float F(ReadOnlySpan<byte> h, int word, bool big) =>
        big ? BinaryPrimitives.ReadSingleBigEndian(h[(word * 4)..]) : BinaryPrimitives.ReadSingleLittleEndian(h[(word * 4)..]);

    private static void W(Span<byte> h, int word, bool big, int v)
    {
        if (big)
        {
            BinaryPrimitives.WriteInt32BigEndian(h[(word * 4)..], v);
        }
        else
        {
            BinaryPrimitives.WriteInt32LittleEndian(h[(word * 4)..], v);
        }
    }

    private static void W(Span<byte> h, int word, bool big, float v)
    {
        if (big)
        {
            BinaryPrimitives.WriteSingleBigEndian(h[(word * 4)..], v);
        }
        else
        {
            BinaryPrimitives.WriteSingleLittleEndian(h[(word * 4)..], v);
        }
    }

    private static bool DetectBigEndian(ReadOnlySpan<byte> header)
    {
        if (header[212] == LittleEndianStamp)
        {
            return false;
        }

        if (header[212] == BigEndianStamp)
        {
            return true;
        }

        // Pre-2000 writers left the stamp empty: take the byte order under which the mode word is valid.
        var littleMode = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        var bigMode = BinaryPrimitives.ReadInt32BigEndian(header[12..]);
        if (Enum.IsDefined(typeof(MrcMode), littleMode))
        {
            return false;
        }

        if (Enum.IsDefined(typeof(MrcMode), bigMode))
        {
            return true;
        }

        throw new CorruptImageFileException(
            $"MRC machine stamp 0x{header[212]:X2}{header[213]:X2} is unknown and mode word is invalid in both byte orders: not an MRC file?");
    }
}
