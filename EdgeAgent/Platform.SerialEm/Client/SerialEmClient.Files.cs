using Platform.SerialEm.Commands;
using Platform.SerialEm.Microscope;

namespace Platform.SerialEm.Client;

/// <summary>Image files and alignment: montage files, save, autodoc, reference images, AlignTo and its report.</summary>
public sealed partial class SerialEmClient
{
    /// <summary>OpenNewMontage(nx, ny, file) for an atlas of <paramref name="piecesX"/> × <paramref name="piecesY"/> pieces.</summary>
    public Task OpenNewMontageAsync(int piecesX, int piecesY, string file, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.OpenNewMontage, cancellationToken, piecesX, piecesY, file);

    /// <summary>Montage: acquires the open montage (may take an hour; never re-sent).</summary>
    public Task MontageAsync(CancellationToken cancellationToken = default) => RunAsync(CommandTable.Montage, cancellationToken);

    public Task OpenNewFileAsync(string file, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.OpenNewFile, cancellationToken, file);

    /// <summary>Save buffer A (or <paramref name="buffer"/>) to the open file.</summary>
    public Task SaveAsync(string buffer = "A", CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.Save, cancellationToken, buffer);

    public Task CloseFileAsync(CancellationToken cancellationToken = default) => RunAsync(CommandTable.CloseFile, cancellationToken);

    public Task AddToAutodocAsync(string key, string value, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.AddToAutodoc, cancellationToken, key, value);

    public Task WriteAutodocAsync(CancellationToken cancellationToken = default) => RunAsync(CommandTable.WriteAutodoc, cancellationToken);

    /// <summary>ReadOtherFile(section, buffer, file): load a reference image (e.g. a hole template into T).</summary>
    public Task ReadOtherFileAsync(int section, string buffer, string file, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.ReadOtherFile, cancellationToken, section, buffer, file);

    public Task CropCenterToSizeAsync(string buffer, int width, int height, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.CropCenterToSize, cancellationToken, buffer, width, height);

    /// <summary>AlignTo(buffer, 1): cross-correlate A with <paramref name="buffer"/> without applying image shift when <paramref name="noImageShift"/>.</summary>
    public Task AlignToAsync(string buffer, bool noImageShift, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.AlignTo, cancellationToken, buffer, noImageShift ? 1 : 0);

    public async Task<AlignShift> ReportAlignShiftAsync(CancellationToken cancellationToken = default)
    {
        var r = await RunAsync(CommandTable.ReportAlignShift, cancellationToken).ConfigureAwait(false);
        return new AlignShift(r.Number(0), r.Number(1), r.Number(4), r.Number(5));
    }

    /// <summary>BufImageToStageMatrix(buffer, 1): the 2×2 image→stage matrix of the image in a buffer.</summary>
    public async Task<double[]> BufImageToStageMatrixAsync(string buffer, CancellationToken cancellationToken = default)
    {
        var r = await RunAsync(CommandTable.BufImageToStageMatrix, cancellationToken, buffer, 1).ConfigureAwait(false);
        return [r.Number(0), r.Number(1), r.Number(2), r.Number(3)];
    }
}
