[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("FeedbackCollector.Mail.Tests")]
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("FeedbackCollector.Local.Tests")]
