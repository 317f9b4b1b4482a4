namespace Platform.Grains.Exports;

/// <summary>What an export wrote: micrographs and particles in the file, micrographs skipped (picks missing or unreadable) and the file's size.</summary>
public sealed record StarExportResult(long Micrographs, long Particles, long Skipped, long SizeBytes);
