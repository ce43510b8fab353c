-- CreateTable
CREATE TABLE "GapWeighting" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "weights" JSONB NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GapWeighting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GapWeighting_name_key" ON "GapWeighting"("name");

-- AddForeignKey
ALTER TABLE "GapWeighting" ADD CONSTRAINT "GapWeighting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

