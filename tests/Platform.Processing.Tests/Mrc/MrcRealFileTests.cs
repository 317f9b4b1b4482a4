using Platform.Imaging.Mrc;
using Platform.Processing.Tests.Data;

namespace Platform.Processing.Tests.Mrc;

public sealed class MrcRealFileTests
{
    // Expected figures computed independently with python3's struct module over the raw bytes
    // (dims, mode, CELLA/MX, NSYMBT, min/max/mean/population SD, first and last pixel).
    [Theory]
    [InlineData("mrcfile/EMD-3197.map", 20, 20, 20, 11.4, 0, -4.1337456703186035, 5.576736927032471, 0.7836120336436434, 2.399952908494285, -1.8013091087341309, 1.3078573942184448)]
    [InlineData("mrcfile/EMD-3001.map", 73, 43, 25, 0.44825000762939454, 160, -0.3681429624557495, 0.7216102480888367, 0.0005329666822949868, 0.15705722114575882, 0.04283447191119194, 0.06724497675895691)]
    [InlineData("cryodrgn/empiar_10076_7.mrc", 320, 320, 7, 0.0, 0, -4.3495049476623535, 5.534543991088867, -0.003434370667618655, 1.0051418584372152, 0.6822134256362915, 1.2681007385253906)]
    [InlineData("cryodrgn/relion31.mrcs", 256, 256, 5, 1.0, 0, -4.383320331573486, 4.400736331939697, 0.010766173491712498, 1.0130505612025813, 0.28542500734329224, -0.8011943101882935)]
    [InlineData("cryodrgn/ay19102021_L3_position6_ribo_it09_bin8_1.82A.mrcs", 64, 64, 220, 1.0, 0, -58.374202728271484, 81.23575592041016, -0.20801315867063153, 11.730820586259615, 0.009785454720258713, -19.71614646911621)]
    [InlineData("aspire/sample.mrcs", 200, 200, 17, 0.0, 0, -7.641061305999756, 4.233786582946777, 0.010644475740102141, 1.0071221516592817, -2.0562593936920166, 0.008436596021056175)]
    [InlineData("cistem/hiv_image_80x80x1.mrc", 80, 80, 1, 0.0, 0, -3.1520118713378906, 7.02218770980835, 0.0, 0.9999999987873603, -0.0033897608518600464, -0.0033897608518600464)]
    [InlineData("cistem/hiv_images_shift_noise_80x80x10.mrc", 80, 80, 10, 0.0, 0, -4.947976589202881, 10.016484260559082, 4.0695345860825686e-05, 1.412070131054547, -0.340067982673645, 0.9352149367332458)]
    [InlineData("cistem/sine_128x128x1.mrc", 128, 128, 1, 1.0, 0, -10.0, 10.0, 0.0, 7.071067605082714, 0.0, -8.314695358276367)]
    public void Real_files_read_with_the_independently_computed_figures(
        string file, int nx, int ny, int nz, double pixelAngstrom, int nsymbt,
        double min, double max, double mean, double sd, double first, double last)
    {
        var mrc = MrcFile.Read(SharedData.PathOf(file));
        Assert.Equal((nx, ny, nz), (mrc.Stack.Width, mrc.Stack.Height, mrc.Stack.Count));
        Assert.Equal(MrcMode.Float32, mrc.Header.Mode);
        Assert.Equal(nsymbt, mrc.Header.ExtendedHeaderBytes);
        Assert.Equal(nsymbt, mrc.ExtendedHeader.Length);
        Assert.Equal(pixelAngstrom, mrc.PixelSizeAngstrom, 5);
        Assert.Equal(pixelAngstrom, mrc.Stack.PixelSizeAngstrom, 5);

        double lo = double.MaxValue, hi = double.MinValue, sum = 0, sumSq = 0;
        long n = 0;
        for (var z = 0; z < mrc.Stack.Count; z++)
        {
            foreach (var v in mrc.Stack.SectionPixels(z))
            {
                lo = Math.Min(lo, v);
                hi = Math.Max(hi, v);
                sum += v;
                n++;
            }
        }

        var m = sum / n;
        for (var z = 0; z < mrc.Stack.Count; z++)
        {
            foreach (var v in mrc.Stack.SectionPixels(z))
            {
                sumSq += (v - m) * (v - m);
            }
        }

        Assert.Equal(min, lo, 6);
        Assert.Equal(max, hi, 6);
        Assert.Equal(mean, m, 6);
        Assert.Equal(sd, Math.Sqrt(sumSq / n), 5);
        Assert.Equal(first, mrc.Stack.SectionPixels(0)[0], 6);
        Assert.Equal(last, mrc.Stack.SectionPixels(nz - 1)[(nx * ny) - 1], 6);
    }

    [Fact]
    public void Non_default_axis_order_and_symmetry_header_are_reported()
    {
        var mrc = MrcFile.Read(SharedData.PathOf("mrcfile/EMD-3001.map"));
        Assert.Equal((3, 1, 2), mrc.Header.AxisOrder);
        Assert.Equal(4, mrc.Header.SpaceGroup);
        Assert.Equal((40, 12, 72), mrc.Header.Sampling);
        Assert.False(mrc.Header.IsBigEndian);
    }

    [Fact]
    public void Files_without_a_machine_stamp_are_read_as_little_endian_by_their_mode_word()
    {
        var header = MrcFile.ReadHeader(SharedData.PathOf("cryodrgn/relion31.mrcs"));
        Assert.False(header.IsBigEndian);
        Assert.Equal(0, header.SpaceGroup);
    }
}
