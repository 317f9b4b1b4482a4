namespace Platform.Blobs.Grants;

/// <summary>What a grant allows under its prefix.</summary>
[Flags]
public enum BlobPermissions
{
    None = 0,

    /// <summary>Read content, properties and metadata.</summary>
    Read = 1,

    /// <summary>Create new blobs: stage blocks and commit them (and read back the staged-block list to resume).</summary>
    Write = 2,

    /// <summary>List committed blobs under the prefix.</summary>
    List = 4,

    /// <summary>Delete blobs under the prefix.</summary>
    Delete = 8,
}
