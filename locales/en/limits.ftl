err-text-too-long = the text has { $chars } characters; one text may have at most { $max }. Split it, or put the annex in a document of its own.
