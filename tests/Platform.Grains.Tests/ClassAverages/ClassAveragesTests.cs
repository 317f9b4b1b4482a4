using Platform.Grains.ClassAverages;
using Platform.Grains.Errors;

namespace Platform.Grains.Tests.ClassAverages;

/// <summary>Class averages: the latest set replaces the previous one, images in the session's files, each submission applied once.</summary>
public sealed class ClassAveragesTests
{
    private static readonly byte[] _png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    [Fact]
    public async Task A_new_set_replaces_the_previous_one_with_the_next_iteration_and_its_images_replace_the_old_ones()
    {
        await using var silo = await DomainSilo.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var grain = silo.Grains.GetGrain<IClassAveragesGrain>(ClassAveragesKeys.For("s1", "agent"));
        Assert.Null(await grain.GetAsync());

        Assert.True(await grain.ReplaceAsync(Submission(silo, "k1", 100, [Class(1, 60, 12.5), Class(2, 40, null)])));
        var first = await grain.GetAsync();
        silo.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await grain.ReplaceAsync(Submission(silo, "k2", 300, [Class(1, 200, 9.0), Class(2, 80, 11.0), Class(3, 20, 30.0)])));
        var second = await grain.GetAsync();

        Assert.Equal((1L, 2), (first!.Iteration, first.Classes.Count));
        Assert.Equal((2L, 300L, 3), (second!.Iteration, second.ParticleCount, second.Classes.Count));
        Assert.True(second.UpdatedAtUtc > first.UpdatedAtUtc);
        Assert.Equal([200L, 80L, 20L], second.Classes.Select(c => c.ParticleCount));
        Assert.Equal(9.0, second.Classes[0].ResolutionAngstrom);
        foreach (var c in second.Classes)
        {
            await using var stored = await silo.SessionData.OpenFileAsync(silo.FacilityId, "s1", c.ImagePath, ct);
            Assert.NotNull(stored);
        }

        Assert.All(first.Classes, c => Assert.Null(silo.SessionData.GetFileAsync(silo.FacilityId, "s1", c.ImagePath, ct).Result));
    }

    [Fact]
    public async Task A_resent_submission_is_applied_once()
    {
        await using var silo = await DomainSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IClassAveragesGrain>(ClassAveragesKeys.For("s1", "agent"));
        Assert.True(await grain.ReplaceAsync(Submission(silo, "k1", 100, [Class(1, 100, 10)])));
        Assert.False(await grain.ReplaceAsync(Submission(silo, "k1", 100, [Class(1, 100, 10)])));
        Assert.Equal(1, (await grain.GetAsync())!.Iteration);
    }

    [Fact]
    public async Task An_invalid_set_is_refused_naming_each_field_and_nothing_is_stored()
    {
        await using var silo = await DomainSilo.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var grain = silo.Grains.GetGrain<IClassAveragesGrain>(ClassAveragesKeys.For("s1", "agent"));
        var bad = Submission(silo, "k1", 10, [Class(1, 50, -3) with { Png = [1, 2, 3] }]) with { PixelSizeAngstrom = double.NaN };

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => grain.ReplaceAsync(bad));

        Assert.Equal(["pixelSizeAngstrom", "classes[1].particleCount", "classes[1].resolutionAngstrom", "classes[1].png"], error.Errors.Select(e => e.Field));
        Assert.Null(await grain.GetAsync());
        Assert.Empty((await silo.SessionData.ListFilesAsync(silo.FacilityId, "s1", 10, null, ct)).Files);
        await Assert.ThrowsAsync<InvalidInputException>(() => silo.Grains.GetGrain<IClassAveragesGrain>(ClassAveragesKeys.For("s1", "other")).ReplaceAsync(Submission(silo, "k2", 10, [Class(1, 5, 3)])));
    }

    private static ClassAveragesSubmission Submission(DomainSilo silo, string key, long particles, IReadOnlyList<ClassAverageUpload> classes) =>
        new(silo.FacilityId, "s1", "agent", key, particles, 3.3, 64, classes);

    private static ClassAverageUpload Class(int number, long particles, double? resolution) => new(number, particles, resolution, _png);
}
