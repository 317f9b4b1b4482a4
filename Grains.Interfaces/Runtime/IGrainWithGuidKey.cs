namespace Platform.Runtime;

/// <summary>Marker for grains addressed by a <see cref="Guid"/> key.</summary>
public interface IGrainWithGuidKey : IGrain;
