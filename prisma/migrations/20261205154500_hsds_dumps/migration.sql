-- CreateTable
CREATE TABLE "HsdsDump" (
    "file" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "contentType" TEXT NOT NULL,
    "inflatedSize" INTEGER,
    "etag" TEXT NOT NULL,
    "serviceCount" INTEGER NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HsdsDump_pkey" PRIMARY KEY ("file")
);

