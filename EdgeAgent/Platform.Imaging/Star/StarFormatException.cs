namespace Platform.Imaging.Star;

/// <summary>Thrown when a STAR file is malformed (or a value is not what the caller asked for); carries the 1-based line number.</summary>
public sealed class StarFormatException : Exception
{
    public StarFormatException(int lineNumber, string reason)
        : base(lineNumber > 0 ? $"STAR line {lineNumber}: {reason}" : $"STAR: {reason}")
    {
        LineNumber = lineNumber;
        Reason = reason;
    }

    /// <summary>1-based line of the file where the problem is (0 when it concerns the whole file).</summary>
    public int LineNumber { get; }

    /// <summary>What is wrong, in words a user can act on.</summary>
    public string Reason { get; }
}
