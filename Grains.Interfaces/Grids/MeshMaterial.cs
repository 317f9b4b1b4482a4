namespace Platform.Grains.Grids;

/// <summary>Support film material; screening uses it to choose the largest random offset (carbon allows more).</summary>
public enum MeshMaterial
{
    Carbon,
    Gold,
}
