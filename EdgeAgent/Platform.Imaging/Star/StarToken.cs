namespace Platform.Imaging.Star;

/// <summary>One lexical value of a STAR line: its text, whether it was quoted (quoted text is never a keyword) and its line.</summary>
internal readonly record struct StarToken(string Text, bool Quoted, int Line)
{
    public bool IsKeyword(string keyword) => !Quoted && Text.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    public bool StartsWithKeyword(string prefix) => !Quoted && Text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    public bool IsDataName => !Quoted && Text.Length > 1 && Text[0] == '_';
}
