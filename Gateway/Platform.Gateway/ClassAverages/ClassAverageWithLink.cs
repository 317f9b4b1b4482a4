using Platform.Grains.ClassAverages;

namespace Platform.Gateway.ClassAverages;

/// <summary>A stored class with its image's time-limited download link (null when the file is gone), as <c>ClassAverages.classes</c> returns it.</summary>
public sealed record ClassAverageWithLink(ClassAverageEntry Class, string? ImageUrl);
