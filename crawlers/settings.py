"""Scrapy settings: polite defaults. `crawlers.job` sets a few from the sources file's [crawl]; with
`scrapy crawl`, give them as -s options (README, "The Scrapy project")."""

from claimwatch.core.config import CrawlSettings

_CRAWL = CrawlSettings()  # the sources file's defaults, declared once

BOT_NAME = "claimwatch"
SPIDER_MODULES = ["crawlers.spiders"]

USER_AGENT = _CRAWL.user_agent
ROBOTSTXT_OBEY = True

# Politeness: few parallel requests per site, a delay that AutoThrottle adapts to the server.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = _CRAWL.download_delay
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = _CRAWL.download_delay
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

# Limits: crawled content is hostile input.
DOWNLOAD_TIMEOUT = _CRAWL.timeout_seconds
DOWNLOAD_MAXSIZE = _CRAWL.max_bytes
DOWNLOAD_WARNSIZE = 0
CLAIMWATCH_MAX_HEADER_BYTES = 256 * 1024  # the header section (never more than DOWNLOAD_MAXSIZE)
CLAIMWATCH_MAX_HEADER_LINES = 1000
REDIRECT_MAX_TIMES = 5
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
CLAIMWATCH_BACKOFF_BASE = 2.0   # seconds before the first retry without Retry-After; doubles each time
CLAIMWATCH_BACKOFF_MAX = 120.0  # never wait longer (a larger Retry-After gives up instead after retries)

# claimwatch's own (crawlers.job sets them for a crawl of the sources file; tests set the last three).
CLAIMWATCH_ALLOW_PRIVATE_NETWORKS = _CRAWL.allow_private_networks
CLAIMWATCH_CONTACT = _CRAWL.contact           # NCBI's email parameter, when it is an e-mail address
CLAIMWATCH_RUN_DIR = None                     # where captures go (default: scrapy-captures/RUN_ID)
CLAIMWATCH_RUN_ID = None                      # default: the time the crawl started
CLAIMWATCH_CAPTURE_PREFIX = ""                # a shard's name before its files' (s1-feed.warc.gz); "" for a whole crawl
CLAIMWATCH_CLOCK_OFFSET = 0.0                 # seconds added to fetch times (simulated weeks)
CLAIMWATCH_VALIDATORS = None                  # a JSON file of URL -> ETag / Last-Modified
CLAIMWATCH_TREAT_AS_PUBLIC: list[str] = []    # local addresses that play public sites
CLAIMWATCH_DNS_SERVERS: list[str] = []        # host:port of DNS servers to ask instead of the system's

# Every status reaches the spider, which records it as an outcome.
HTTPERROR_ALLOW_ALL = True
# No cookies needed; the cookies middleware would also try to download the public-suffix list.
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

# Only http(s) is fetched: no handler for any other scheme (crawlers.middlewares.HttpOnly also
# refuses them first, with a fetch row). Every connection's address is checked by our resolver.
DOWNLOAD_HANDLERS = {"file": None, "data": None, "ftp": None, "s3": None}
TWISTED_DNS_RESOLVER = "crawlers.resolver.PublicAddressResolver"

DOWNLOADER_MIDDLEWARES = {
    "crawlers.middlewares.HttpOnly": 10,
    "crawlers.middlewares.PrivateAddressGuard": 50,   # before robots.txt is fetched
    "crawlers.middlewares.ConditionalGet": 60,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawlers.middlewares.RobotsTxtEveryWaiter": 100,  # where Scrapy's sits; see its docstring
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawlers.middlewares.BackoffRetry": 550,         # where Scrapy's retry sits
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawlers.middlewares.RedirectAlways": 600,       # where Scrapy's redirect sits
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "crawlers.middlewares.DecompressionLimit": 590,   # where Scrapy's decompression sits
}
ITEM_PIPELINES = {"crawlers.pipelines.CapturePipeline": 300}
EXTENSIONS = {
    "scrapy.extensions.throttle.AutoThrottle": None,
    "crawlers.extensions.AutoThrottleWith304": 0,
    "crawlers.extensions.HeaderLimits": 0,
}

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
