using Platform.SerialEm.Protocol;
using Platform.SerialEm.Tests.Support;

namespace Platform.SerialEm.Tests.Client;

public sealed class ImageTransferTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Buffer_image_arrives_intact_in_one_chunk()
    {
        await using var sim = SimulatorHarness.Start();
        await sim.Client.LoadCartridgeAsync(1, Ct);
        await sim.Client.SearchAsync(Ct);

        var image = await sim.Client.GetBufferImageAsync(BufferSlot.A, Ct);

        Assert.NotNull(image);
        Assert.Equal((128, 128, PixelMode.Float32), (image.Width, image.Height, image.Mode));
        Assert.Equal(sim.Server.Microscope.Buffers[0]!.Pixels, image.ToFloatPixels());
    }

    [Fact]
    public async Task Buffer_image_larger_than_the_chunk_limit_arrives_through_chunk_handshakes()
    {
        await using var sim = SimulatorHarness.Start(o => o with { ImageChunkBytes = 10_000 });
        await sim.Client.RecordAsync(Ct);

        var image = await sim.Client.GetBufferImageAsync(BufferSlot.Parse("A"), Ct);

        // 256² float32 = 262 144 bytes → 27 chunks, each after an [8][2] handshake but the first.
        Assert.Equal(sim.Server.Microscope.Buffers[0]!.Pixels, image!.ToFloatPixels());
        Assert.Equal(0, (await sim.Client.ReportStageXyzAsync(Ct)).XMicrons); // the connection is still in step after the transfer
    }

    [Fact]
    public async Task Empty_buffer_reads_as_null_and_FFT_buffers_are_empty()
    {
        await using var sim = SimulatorHarness.Start();

        Assert.Null(await sim.Client.GetBufferImageAsync(BufferSlot.Parse("C"), Ct));
        Assert.Null(await sim.Client.GetBufferImageAsync(BufferSlot.Parse("AF"), Ct));
    }

    [Fact]
    public async Task Image_put_into_a_buffer_reads_back_identically()
    {
        await using var sim = SimulatorHarness.Start();
        var pixels = Enumerable.Range(0, 48 * 32).Select(i => (float)Math.Sin(i * 0.01)).ToArray();

        await sim.Client.PutImageInBufferAsync(pixels, 48, 32, BufferSlot.Parse("T"), BufferSlot.A, Ct);
        var back = await sim.Client.GetBufferImageAsync(BufferSlot.Parse("T"), Ct);

        Assert.Equal((48, 32), (back!.Width, back.Height));
        Assert.Equal(pixels, back.ToFloatPixels());
        await Assert.ThrowsAsync<ArgumentException>(() => sim.Client.PutImageInBufferAsync(pixels, 10, 10, BufferSlot.A, BufferSlot.A, Ct));
    }
}
