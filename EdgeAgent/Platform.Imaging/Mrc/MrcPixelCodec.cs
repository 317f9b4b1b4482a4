using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Platform.Imaging.Mrc;

/// <summary>Converts MRC pixel bytes of a given mode and byte order to and from float32.</summary>
internal static class MrcPixelCodec
{
    public static int BytesPerPixel(MrcMode mode) => mode switch
    {
        MrcMode.Int8 => 1,
        MrcMode.Int16 or MrcMode.UInt16 or MrcMode.Float16 => 2,
        MrcMode.Float32 => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unsupported MRC mode."),
    };

    public static void Decode(ReadOnlySpan<byte> src, Span<float> dst, MrcMode mode, bool bigEndian)
    {
        var swap = bigEndian == BitConverter.IsLittleEndian;
        switch (mode)
        {
            case MrcMode.Int8:
                var s8 = MemoryMarshal.Cast<byte, sbyte>(src);
                for (var i = 0; i < dst.Length; i++)
                {
                    dst[i] = s8[i];
                }

                break;
            case MrcMode.Int16:
                for (var i = 0; i < dst.Length; i++)
                {
                    var v = MemoryMarshal.Read<short>(src[(i * 2)..]);
                    dst[i] = swap ? BinaryPrimitives.ReverseEndianness(v) : v;
                }

                break;
            case MrcMode.UInt16:
                for (var i = 0; i < dst.Length; i++)
                {
                    var v = MemoryMarshal.Read<ushort>(src[(i * 2)..]);
                    dst[i] = swap ? BinaryPrimitives.ReverseEndianness(v) : v;
                }

                break;
            case MrcMode.Float16:
                for (var i = 0; i < dst.Length; i++)
                {
                    var raw = MemoryMarshal.Read<ushort>(src[(i * 2)..]);
                    dst[i] = (float)BitConverter.UInt16BitsToHalf(swap ? BinaryPrimitives.ReverseEndianness(raw) : raw);
                }

                break;
            case MrcMode.Float32:
                MemoryMarshal.Cast<byte, float>(src[..(dst.Length * 4)]).CopyTo(dst);
                if (swap)
                {
                    var ints = MemoryMarshal.Cast<float, int>(dst);
                    BinaryPrimitives.ReverseEndianness(ints, ints);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unsupported MRC mode.");
        }
    }

    public static void Encode(ReadOnlySpan<float> src, Span<byte> dst, MrcMode mode, bool bigEndian)
    {
        for (var i = 0; i < src.Length; i++)
        {
            var v = src[i];
            switch (mode)
            {
                case MrcMode.Int8:
                    dst[i] = (byte)(sbyte)Math.Clamp(MathF.Round(v), sbyte.MinValue, sbyte.MaxValue);
                    break;
                case MrcMode.Int16:
                    var s = (short)Math.Clamp(MathF.Round(v), short.MinValue, short.MaxValue);
                    Write16(dst[(i * 2)..], (ushort)s, bigEndian);
                    break;
                case MrcMode.UInt16:
                    Write16(dst[(i * 2)..], (ushort)Math.Clamp(MathF.Round(v), 0, ushort.MaxValue), bigEndian);
                    break;
                case MrcMode.Float16:
                    Write16(dst[(i * 2)..], BitConverter.HalfToUInt16Bits((Half)v), bigEndian);
                    break;
                case MrcMode.Float32:
                    if (bigEndian)
                    {
                        BinaryPrimitives.WriteSingleBigEndian(dst[(i * 4)..], v);
                    }
                    else
                    {
                        BinaryPrimitives.WriteSingleLittleEndian(dst[(i * 4)..], v);
                    }

                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unsupported MRC mode.");
            }
        }
    }

    private static void Write16(Span<byte> dst, ushort value, bool bigEndian)
    {
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(dst, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(dst, value);
        }
    }
}
