using FeedbackCollector.Web.Tests.Fakes;

namespace FeedbackCollector.Web.Tests.Owner;

/// <summary>Issue 15 hole 5: owner login had no rate limit (400 wrong keys in 0.2 s, then the right one worked).</summary>
public sealed class OwnerLoginThrottleTests
{
    [Fact]
    public async Task Owner_login_without_a_rate_limit_is_fixed_ten_wrong_keys_from_one_address_in_ten_minutes_get_429_with_retry_after()
    {
        var app = new TestApp();
        for (var i = 0; i < 10; i++)
        {
            var wrong = await app.Send(Requests.Post("/owner/login", $"key=guess-{i}"));
            wrong.Status.Should().Be(401);
            wrong.Outcome.Should().Be("owner-login-refused");
        }

        var right = await app.Send(Requests.Post("/owner/login", "key=" + TestApp.OwnerKey));
        var viaQuery = await app.Send(Requests.Get("/owner", new Dictionary<string, string> { ["key"] = TestApp.OwnerKey }));

        right.Status.Should().Be(429, "the right key after a guessing run does not help");
        int.Parse(right.Headers["Retry-After"], System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(1, 600);
        right.Outcome.Should().Be("owner-login-throttled").And.NotContain(TestApp.OwnerKey);
        viaQuery.Status.Should().Be(429);
        right.BodyText.Should().NotContain(TestApp.OwnerKey).And.NotContain("guess");

        app.Time.Advance(TimeSpan.FromMinutes(10));
        (await app.Send(Requests.Post("/owner/login", "key=" + TestApp.OwnerKey))).Status.Should().Be(303, "the window has passed");
    }

    [Fact]
    public async Task Wrong_keys_from_one_address_do_not_lock_out_another()
    {
        var app = new TestApp();
        for (var i = 0; i < 10; i++) await app.Send(Requests.Post("/owner/login", "key=guess"));

        var other = await app.Send(Requests.Post("/owner/login", "key=" + TestApp.OwnerKey) with { RemoteIp = "198.51.100.7" });

        other.Status.Should().Be(303);
    }
}
