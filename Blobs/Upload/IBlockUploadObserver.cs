namespace Platform.Blobs.Upload;

/// <summary>Told about each block of an upload as the store accepts it or as it is found already staged (progress, resumption records).</summary>
/// <remarks>Called from the upload's sender tasks, several at once: implementations must be thread safe and quick.</remarks>
public interface IBlockUploadObserver
{
    /// <summary>Block <see cref="UploadedBlock.Index"/> is now staged in the store (sent now, or reused from an interrupted run).</summary>
    void BlockStaged(UploadedBlock block);
}
