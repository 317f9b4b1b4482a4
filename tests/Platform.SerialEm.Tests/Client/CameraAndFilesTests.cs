using Platform.Imaging.Mrc;
using Platform.MicroscopeSimulator.GroundTruth;
using Platform.SerialEm.Errors;
using Platform.SerialEm.Tests.Support;

namespace Platform.SerialEm.Tests.Client;

public sealed class CameraAndFilesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Preview_with_frame_saving_writes_a_movie_with_ground_truth_and_reports_its_path()
    {
        await using var sim = SimulatorHarness.Start();
        var c = sim.Client;
        await c.LoadCartridgeAsync(1, Ct);
        await c.SetDirectoryAsync("X:\\session", Ct);
        await c.SetDoseFracParamsAsync("P", fractionate: true, saveFrames: true, alignFrames: false, Ct);
        await c.SetFolderForFramesAsync("X:\\session\\grid1\\frames", Ct);
        await c.SetFrameBaseNameAsync("1_grid1_sq3_h7", Ct);
        await c.KeepCameraSetChangesAsync("P", Ct);
        await c.EarlyReturnNextShotAsync(0, Ct);
        await c.SetDefocusAsync(-1.5, Ct);

        await c.PreviewAsync(Ct);
        var movie = await c.ReportLastFrameFileAsync(Ct);

        Assert.EndsWith(Path.Combine("session", "grid1", "frames", "1_grid1_sq3_h7_00001.mrc"), movie, StringComparison.Ordinal);
        var stack = MrcFile.Read(movie);
        var truth = TruthFile.Read<ExposureTruth>(movie);
        Assert.Equal((4, 128, 128), (stack.Stack.Count, stack.Stack.Width, stack.Stack.Height));
        Assert.Equal(2.0, stack.PixelSizeAngstrom, 3);
        Assert.Equal(4, truth.FrameShiftsPixels.Count);
        Assert.Equal(15_000, (truth.DefocusUAngstrom + truth.DefocusVAngstrom) / 2, 6);
        Assert.Equal(movie, truth.MoviePath);
        Assert.NotEmpty(truth.Particles);
    }

    [Fact]
    public async Task Record_without_frame_saving_writes_no_movie()
    {
        await using var sim = SimulatorHarness.Start();

        await sim.Client.RecordAsync(Ct);

        await Assert.ThrowsAsync<SerialEmCommandException>(() => sim.Client.ReportLastFrameFileAsync(Ct));
        var properties = await sim.Client.ImagePropertiesAsync("A", Ct);
        Assert.Equal((256, 256), (properties.Width, properties.Height));
        Assert.Equal(0.2, properties.PixelSizeNanometers, 9);
    }

    [Fact]
    public async Task Atlas_montage_is_written_to_the_montage_file_with_ground_truth()
    {
        await using var sim = SimulatorHarness.Start();
        var c = sim.Client;
        await c.LoadCartridgeAsync(2, Ct);
        await c.TiltToAsync(0, Ct);
        await c.MoveStageToAsync(0, 0, 0, Ct);
        await c.SetDirectoryAsync("X:\\session\\grid2", Ct);

        await c.OpenNewMontageAsync(4, 4, "atlas.mrc", Ct);
        await c.MontageAsync(Ct);
        await c.CloseFileAsync(Ct);

        var path = Path.Combine(sim.DataDirectory, "session", "grid2", "atlas.mrc");
        var atlas = MrcFile.Read(path);
        var truth = TruthFile.Read<AtlasTruth>(path);
        Assert.Equal(256, atlas.Stack.Width);
        Assert.Equal("grid2", truth.GridName);
        Assert.True(truth.Squares.Count >= 20, $"a 600 µm atlas holds many 85 µm cells, got {truth.Squares.Count}");
        await Assert.ThrowsAsync<SerialEmCommandException>(() => c.MontageAsync(Ct));
    }

    [Fact]
    public async Task Square_image_is_saved_with_its_autodoc_and_stage_matrix()
    {
        await using var sim = SimulatorHarness.Start();
        var c = sim.Client;
        await c.LoadCartridgeAsync(1, Ct);
        await c.SetLowDoseModeAsync(true, Ct);
        await c.GoToLowDoseAreaAsync(SerialEm.Microscope.LowDoseArea.Search, Ct);

        await c.SearchAsync(Ct);
        var matrix = await c.BufImageToStageMatrixAsync("A", Ct);
        await c.OpenNewFileAsync("X:\\session\\square1.mrc", Ct);
        await c.SaveAsync("A", Ct);
        await c.AddToAutodocAsync("ImageToStageMatrix", string.Join(" ", matrix), Ct);
        await c.WriteAutodocAsync(Ct);
        await c.CloseFileAsync(Ct);

        var path = Path.Combine(sim.DataDirectory, "session", "square1.mrc");
        Assert.Equal(100.0 / 128, matrix[0], 9);
        Assert.True(File.Exists(path) && File.Exists(path + ".mdoc"));
        Assert.NotEmpty(TruthFile.Read<SpecimenImageTruth>(path).Holes);
        await Assert.ThrowsAsync<SerialEmCommandException>(() => c.OpenNewFileAsync("X:\\session\\square1.mrc", Ct));
    }

    [Fact]
    public async Task Hole_reference_is_read_cropped_and_aligned_to_the_view_image()
    {
        await using var sim = SimulatorHarness.Start();
        var c = sim.Client;
        await c.LoadCartridgeAsync(1, Ct);
        await c.ViewAsync(Ct);
        await c.OpenNewFileAsync("ref.mrc", Ct);
        await c.SaveAsync("A", Ct);
        await c.CloseFileAsync(Ct);

        await c.ReadOtherFileAsync(0, "T", "ref.mrc", Ct);
        await c.AlignToAsync("T", noImageShift: true, Ct);
        var shift = await c.ReportAlignShiftAsync(Ct);
        await c.CropCenterToSizeAsync("A", 64, 64, Ct);

        Assert.Equal((0.0, 0.0), (shift.ShiftXPixels, shift.ShiftYPixels));
        Assert.Equal(64, (await c.ImagePropertiesAsync("A", Ct)).Width);
        await Assert.ThrowsAsync<SerialEmCommandException>(() => c.ReadOtherFileAsync(0, "T", "missing.mrc", Ct));
    }

    [Fact]
    public async Task AlignTo_measures_an_image_shift_by_cross_correlation_and_can_undo_it()
    {
        await using var sim = SimulatorHarness.Start();
        var c = sim.Client;
        await c.LoadCartridgeAsync(1, Ct);
        await c.ViewAsync(Ct); // A = reference
        var pixel = 12.0 / 128;

        await c.ImageShiftByMicronsAsync(6 * pixel, -4 * pixel, cancellationToken: Ct);
        await c.ViewAsync(Ct); // A = shifted, B = reference
        await c.AlignToAsync("B", noImageShift: false, Ct);
        var shift = await c.ReportAlignShiftAsync(Ct);

        // Moving the field +6 px in x shows the specimen 6 px further left: A is B displaced by (−6, +4) px.
        Assert.Equal((-6.0, 4.0), (shift.ShiftXPixels, shift.ShiftYPixels));
        Assert.Equal(-6 * pixel * 1000, shift.SpecimenXNanometers, 6);
        var restored = await c.ReportImageShiftAsync(Ct);
        Assert.Equal((0.0, 0.0), (Math.Round(restored.X, 9), Math.Round(restored.Y, 9)));
    }

    [Fact]
    public async Task Disk_failure_while_saving_is_a_command_error_and_the_connection_survives()
    {
        await using var sim = SimulatorHarness.Start();
        await sim.Client.SearchAsync(Ct);
        await sim.Client.OpenNewFileAsync("blocked/square.mrc", Ct);
        // Replace the file's folder by a plain file so the MRC write fails with an IOException.
        var folder = Path.Combine(sim.DataDirectory, "blocked");
        Directory.Delete(folder, recursive: true);
        await File.WriteAllTextAsync(folder, "not a folder", Ct);

        var ex = await Assert.ThrowsAsync<SerialEmCommandException>(() => sim.Client.SaveAsync("A", Ct));

        Assert.Contains("failed in the simulator", ex.SerialEmMessage, StringComparison.Ordinal);
        Assert.Equal(1, sim.Client.ConnectionsOpened);
        Assert.NotNull(await sim.Client.ReportStageXyzAsync(Ct));
    }

    [Fact]
    public async Task Paths_that_climb_out_of_the_data_folder_are_refused()
    {
        await using var sim = SimulatorHarness.Start();

        var ex = await Assert.ThrowsAsync<SerialEmCommandException>(() => sim.Client.OpenNewFileAsync("..\\..\\..\\etc\\evil.mrc", Ct));

        Assert.Contains("leaves", ex.SerialEmMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pixel_sizes_per_parameter_set_follow_the_configured_fields()
    {
        await using var sim = SimulatorHarness.Start();

        Assert.Equal(0.2, await sim.Client.ReportCurrentPixelSizeNanometersAsync("R", Ct), 9);
        Assert.Equal(100_000.0 / 128, await sim.Client.ReportCurrentPixelSizeNanometersAsync("S", Ct), 6);
    }
}
