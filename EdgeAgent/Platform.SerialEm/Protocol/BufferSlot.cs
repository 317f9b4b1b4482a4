namespace Platform.SerialEm.Protocol;

/// <summary>A SerialEM image buffer by letter: "A".."T" are the 20 main buffers, "AF".."HF" the 8 FFT buffers (reference §1.7).</summary>
public readonly record struct BufferSlot(int Index, bool IsFft)
{
    public const int MainBufferCount = 20;
    public const int FftBufferCount = 8;

    public static BufferSlot A => new(0, false);

    /// <summary>Parses a buffer name; anything else is an <see cref="ArgumentException"/> naming the accepted forms.</summary>
    public static BufferSlot Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var upper = name.Trim().ToUpperInvariant();
        if (upper.Length == 1 && upper[0] >= 'A' && upper[0] < 'A' + MainBufferCount)
        {
            return new BufferSlot(upper[0] - 'A', false);
        }

        if (upper.Length == 2 && upper[1] == 'F' && upper[0] >= 'A' && upper[0] < 'A' + FftBufferCount)
        {
            return new BufferSlot(upper[0] - 'A', true);
        }

        throw new ArgumentException($"Buffer '{name}' is not A..T or AF..HF.", nameof(name));
    }

    public override string ToString() => IsFft ? $"{(char)('A' + Index)}F" : ((char)('A' + Index)).ToString();
}
