namespace Platform.GraphQL.Execution.Leaves;

/// <summary>An int as it is.</summary>
internal readonly struct Int32Codec : ILeafCodec<int>
{
    public static bool TryEncode(int value, out long bits)
    {
        bits = value;
        return true;
    }

    public static int Decode(long bits) => (int)bits;
}

/// <summary>A long as it is.</summary>
internal readonly struct Int64Codec : ILeafCodec<long>
{
    public static bool TryEncode(long value, out long bits)
    {
        bits = value;
        return true;
    }

    public static long Decode(long bits) => bits;
}

/// <summary>A long for the Int scalar: only within 32 bits (outside, the serialiser reports the spec's error).</summary>
internal readonly struct Int32RangeCodec : ILeafCodec<long>
{
    public static bool TryEncode(long value, out long bits)
    {
        bits = value;
        return value is >= int.MinValue and <= int.MaxValue;
    }

    public static long Decode(long bits) => bits;
}

/// <summary>A finite double (NaN and infinities go to the serialiser, which reports them).</summary>
internal readonly struct DoubleCodec : ILeafCodec<double>
{
    public static bool TryEncode(double value, out long bits)
    {
        bits = BitConverter.DoubleToInt64Bits(value);
        return double.IsFinite(value);
    }

    public static double Decode(long bits) => BitConverter.Int64BitsToDouble(bits);
}

/// <summary>A bool as 0 or 1.</summary>
internal readonly struct BooleanCodec : ILeafCodec<bool>
{
    public static bool TryEncode(bool value, out long bits)
    {
        bits = value ? 1 : 0;
        return true;
    }

    public static bool Decode(long bits) => bits != 0;
}

/// <summary>A DateTimeOffset in UTC as its ticks (a value with another offset goes to the serialiser, which keeps the offset).</summary>
internal readonly struct UtcDateTimeOffsetCodec : ILeafCodec<DateTimeOffset>
{
    public static bool TryEncode(DateTimeOffset value, out long bits)
    {
        bits = value.UtcTicks;
        return value.Offset == TimeSpan.Zero;
    }

    public static DateTimeOffset Decode(long bits) => new(bits, TimeSpan.Zero);
}
