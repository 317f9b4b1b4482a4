namespace Platform.Targeting.Bis;

/// <summary>One beam-image-shift group: the centre hole the stage goes to and every member (centre included) reached by image shift.</summary>
public sealed record BisGroup(int Center, IReadOnlyList<int> Members);
