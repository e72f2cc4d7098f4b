"""Where articles come from: the article date written in the text, and saved web pages."""
