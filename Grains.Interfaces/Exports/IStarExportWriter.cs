namespace Platform.Grains.Exports;

/// <summary>
/// Writes a RELION 3.1+ STAR file (<c>data_optics</c>, <c>data_micrographs</c>, <c>data_particles</c>) of micrographs and their
/// picks into a session's files, streaming: memory stays flat however many micrographs and particles there are. Implemented by
/// the Silo (the STAR format and blob storage live there).
/// </summary>
public interface IStarExportWriter
{
    Task<StarExportResult> WriteAsync(string facilityId, string sessionId, string outputPath, StarExportOptics optics,
        IAsyncEnumerable<ExportedMicrograph> micrographs, StarExportCounters counters, CancellationToken cancellationToken);
}
