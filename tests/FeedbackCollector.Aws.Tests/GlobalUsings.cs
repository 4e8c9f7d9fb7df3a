global using static FeedbackCollector.Aws.Tests.TestCancellation;

namespace FeedbackCollector.Aws.Tests;

public static class TestCancellation
{
    /// <summary>The running test's token, so a hung call ends with the test.</summary>
    public static CancellationToken Ct => TestContext.Current.CancellationToken;
}
