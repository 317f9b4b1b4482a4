using Platform.Imaging.Images;
using Platform.Processing.Fourier;

namespace Platform.Processing.Tests.Fourier;

/// <summary>FFTW wisdom persisted in a file: saved after measuring a plan, accepted when loaded again, damage ignored.</summary>
public sealed class FftwWisdomTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fftw-wisdom-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_measured_plan_is_saved_to_the_wisdom_file_a_fresh_load_accepts_it_and_a_damaged_file_is_ignored()
    {
        var path = Path.Combine(_folder, "agent-data", "fftw-wisdom");
        Assert.False(FftwWisdom.UseFile(path), "a missing file loads nothing");

        // Sizes no other test plans, at or above the measured-plan threshold, so planning happens here.
        Fft2D.Forward(new Image2D(640, 608, 1.0));

        var saved = File.ReadAllText(path);
        Assert.StartsWith("(fftw-3", saved, StringComparison.Ordinal);
        Assert.Contains("fftwf_", saved, StringComparison.Ordinal);
        Assert.True(FftwWisdom.UseFile(path), "the saved wisdom is accepted on load");

        File.WriteAllText(path, "(not fftw wisdom at all");
        Assert.False(FftwWisdom.UseFile(path), "a damaged file is refused, not a crash");
        Fft2D.Forward(new Image2D(544, 672, 1.0));
        Assert.True(FftwWisdom.UseFile(path), "the next measured plan rewrote the file whole");
        Assert.False(File.Exists(path + ".tmp"));
    }
}
