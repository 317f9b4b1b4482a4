using Platform.Imaging.Images;

namespace Platform.Imaging.Tiff;

/// <summary>TIFF 6.0 LZW (section 13): 9–12-bit MSB-first codes, Clear = 256, EndOfInformation = 257, code width grows one code early.</summary>
internal static class LzwCodec
{
    private const int Clear = 256;
    private const int EndOfInformation = 257;
    private const int MaxCodes = 4096;

    /// <summary>Decodes into <paramref name="output"/>, which must be filled exactly; a corrupt stream throws rather than overruns.</summary>
    public static void Decode(ReadOnlySpan<byte> input, Span<byte> output)
    {
        var prefix = new short[MaxCodes];
        var suffix = new byte[MaxCodes];
        var length = new short[MaxCodes];
        for (var i = 0; i < 256; i++)
        {
            prefix[i] = -1;
            suffix[i] = (byte)i;
            length[i] = 1;
        }

        int next = 258, width = 9, previous = -1, written = 0;
        long bitPosition = 0;
        var totalBits = (long)input.Length * 8;
        while (bitPosition + width <= totalBits)
        {
            var code = ReadCode(input, bitPosition, width);
            bitPosition += width;
            if (code == EndOfInformation)
            {
                break;
            }

            if (code == Clear)
            {
                next = 258;
                width = 9;
                previous = -1;
                continue;
            }

            int emitLength;
            if (code < next && (code < 256 || code >= 258))
            {
                emitLength = length[code];
                Emit(code, emitLength, output, ref written, prefix, suffix);
                if (previous >= 0)
                {
                    Add(ref next, previous, output[written - emitLength], prefix, suffix, length);
                }
            }
            else if (code == next && previous >= 0)
            {
                // KwKwK case: the new string is previous + first byte of previous.
                var first = FirstByte(previous, prefix, suffix);
                Add(ref next, previous, first, prefix, suffix, length);
                Emit(code, length[code], output, ref written, prefix, suffix);
            }
            else
            {
                throw new CorruptImageFileException($"LZW code {code} is not yet defined (next free code {next}): corrupt compressed strip.");
            }

            previous = code;
            width = Width(next);
        }

        if (written != output.Length)
        {
            throw new CorruptImageFileException($"LZW strip decoded to {written} bytes; {output.Length} were expected (truncated or corrupt).");
        }
    }

    public static byte[] Encode(ReadOnlySpan<byte> input)
    {
        // The decoder adds each table entry one code later than the encoder, so a code written while the encoder's
        // next free entry is N is read with the decoder's table at N - 1: write it with Width(N - 1).
        var writer = new BitWriter((input.Length / 2) + 16);
        var table = new Dictionary<int, int>(MaxCodes);
        var next = 258;
        writer.Write(Clear, 9);
        if (input.Length == 0)
        {
            writer.Write(EndOfInformation, 9);
            return writer.ToArray();
        }

        int current = input[0];
        for (var i = 1; i < input.Length; i++)
        {
            var key = (current << 8) | input[i];
            if (table.TryGetValue(key, out var code))
            {
                current = code;
                continue;
            }

            writer.Write(current, Width(next - 1));
            table[key] = next++;
            if (next >= 4094)
            {
                writer.Write(Clear, Width(next - 1));
                table.Clear();
                next = 258;
            }

            current = input[i];
        }

        writer.Write(current, Width(next - 1));
        writer.Write(EndOfInformation, Width(next));
        return writer.ToArray();
    }

    /// <summary>Code width once the decoder's next free entry is <paramref name="next"/> (TIFF's "early change").</summary>
    private static int Width(int next) => next >= 2047 ? 12 : next >= 1023 ? 11 : next >= 511 ? 10 : 9;

    private static int ReadCode(ReadOnlySpan<byte> input, long bitPosition, int width)
    {
        // A 12-bit code starting anywhere spans at most 3 bytes.
        var index = (int)(bitPosition >> 3);
        var window = input[index] << 16;
        if (index + 1 < input.Length)
        {
            window |= input[index + 1] << 8;
        }

        if (index + 2 < input.Length)
        {
            window |= input[index + 2];
        }

        return (window >> (24 - (int)(bitPosition & 7) - width)) & ((1 << width) - 1);
    }

    private static void Add(ref int next, int previous, byte first, short[] prefix, byte[] suffix, short[] length)
    {
        if (next >= MaxCodes)
        {
            throw new CorruptImageFileException("LZW table overflow: the strip never sends a Clear code.");
        }

        prefix[next] = (short)previous;
        suffix[next] = first;
        length[next] = (short)(length[previous] + 1);
        next++;
    }

    private static byte FirstByte(int code, short[] prefix, byte[] suffix)
    {
        while (prefix[code] >= 0)
        {
            code = prefix[code];
        }

        return suffix[code];
    }

    private static void Emit(int code, int count, Span<byte> output, ref int written, short[] prefix, byte[] suffix)
    {
        if (written + count > output.Length)
        {
            throw new CorruptImageFileException($"LZW strip decodes to more than the {output.Length} bytes its page needs.");
        }

        for (var i = count - 1; i >= 0; i--)
        {
            output[written + i] = suffix[code];
            code = prefix[code];
        }

        written += count;
    }

    private sealed class BitWriter(int capacity)
    {
        private readonly List<byte> _bytes = new(capacity);
        private int _buffer;
        private int _bits;

        public void Write(int code, int width)
        {
            _buffer = (_buffer << width) | code;
            _bits += width;
            while (_bits >= 8)
            {
                _bytes.Add((byte)(_buffer >> (_bits - 8)));
                _bits -= 8;
            }

            _buffer &= (1 << _bits) - 1;
        }

        public byte[] ToArray()
        {
            if (_bits > 0)
            {
                _bytes.Add((byte)(_buffer << (8 - _bits)));
                _bits = 0;
            }

            return [.. _bytes];
        }
    }
}
